package dev.scribe.actions;

import dev.scribe.timeline.MessageRef;
import java.util.List;
import java.util.Optional;

/**
 * Action items recorded from a Slack message (a mapped reaction such as {@code :memo:}): one per
 * message per incident, stored at once and given the message's words once Slack has been asked for
 * them. Every method is scoped by workspace.
 */
public interface MessageActionItems {

  /**
   * Stores the item, quoting the message, unless the incident already has an item from it: then
   * nothing is written and the result is empty. Safe when two tags race.
   */
  Optional<ActionItem> addUnlessRecorded(String teamId, ActionDraft draft, MessageRef message);

  /** The incident's item from this message, if any. */
  Optional<ActionItem> fromMessage(String teamId, long incidentId, MessageRef message);

  /**
   * Gives a waiting item the message's words and, unless someone set one meanwhile, an owner; an
   * item whose words someone already changed keeps them.
   *
   * @param placeholder the words the item was stored with while waiting
   */
  void attachMessage(
      String teamId, long itemId, String placeholder, String text, Optional<String> ownerId);

  /** Items still waiting for their message's words, across workspaces (for recovery). */
  List<Pending> awaitingMessage(int limit);

  /** An item waiting for its Slack message. */
  record Pending(String teamId, long itemId, MessageRef message) {}
}
