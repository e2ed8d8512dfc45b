package dev.scribe.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored timeline events. Every method is scoped by workspace; deleted events are never returned.
 */
public interface TimelineRepository {

  /** Stores an event under the incident's next number. */
  TimelineEvent add(String teamId, long incidentId, NewEvent event);

  /**
   * Stores an event quoting a Slack message unless the incident already has a live event for that
   * message (captured by a reaction or the message shortcut): then nothing is written, no event
   * number is used up, and the result is empty. Many captures at once store one event, none fails.
   */
  Optional<TimelineEvent> addUnlessCaptured(String teamId, long incidentId, NewEvent event);

  /** Sets the link to the Slack message an event quotes. */
  void setPermalink(String teamId, long eventId, String permalink);

  /** The incident's live events, oldest first. */
  List<TimelineEvent> events(String teamId, long incidentId);

  Optional<TimelineEvent> byNumber(String teamId, long incidentId, int number);

  /** Replaces an event's time, marker and text, keeping the previous version as a revision. */
  TimelineEvent update(
      String teamId, TimelineEvent changed, String changedBy, String change, Instant at);

  /** Removes an event from the timeline, keeping it as a revision. */
  void delete(String teamId, long eventId, String deletedBy, String change, Instant at);

  /** The live event quoting a Slack message in an incident, if it was captured. */
  Optional<TimelineEvent> forMessage(String teamId, long incidentId, MessageRef message);

  /**
   * Live events quoting a Slack message (captured by a reaction or the message shortcut), in any
   * incident of the workspace.
   */
  List<TimelineEvent> forMessage(String teamId, MessageRef message);

  /** Records that a user tagged an event's message with a reaction; false if they already had. */
  boolean addTag(String teamId, long eventId, String userId, String reaction, Instant at);

  /** Removes a tag; returns how many tags the event still has. */
  int removeTag(String teamId, long eventId, String userId, String reaction);

  /**
   * Stores a tagged message's words, author and link once fetched, unless the event already has
   * words.
   */
  void attachMessage(String teamId, long eventId, String text, String authorId, String permalink);

  /** Marks that the quoted Slack message was deleted; its words stay on the timeline. */
  void markSourceDeleted(String teamId, long eventId);

  /** Reaction events whose message has not been fetched yet, across workspaces (for recovery). */
  List<PendingMessage> awaitingMessage(int limit);

  /** An event waiting for its Slack message. */
  record PendingMessage(String teamId, long eventId, MessageRef message) {}
}
