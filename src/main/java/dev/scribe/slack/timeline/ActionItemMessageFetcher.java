package dev.scribe.slack.timeline;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.Message;
import dev.scribe.actions.ActionItem;
import dev.scribe.actions.IncidentAction;
import dev.scribe.actions.MessageActionItems;
import dev.scribe.recording.MessageActionItemService;
import dev.scribe.slack.SlackMarkup;
import dev.scribe.slack.UserText;
import dev.scribe.timeline.MessageRef;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a message was tagged as an action item (and the tag acknowledged): reads the message, gives
 * the item its words and owner, and tells the person who tagged it. A read that fails leaves the
 * item waiting; {@link #retryPending} tries again, also after a restart.
 */
public final class ActionItemMessageFetcher {

  private static final Logger log = LoggerFactory.getLogger(ActionItemMessageFetcher.class);
  private static final int QUOTED_CHARS = 200;

  private final MethodsClient slack;
  private final SlackMessageReader reader;
  private final MessageActionItemService items;

  public ActionItemMessageFetcher(MethodsClient slack, MessageActionItemService items) {
    this.slack = slack;
    this.reader = new SlackMessageReader(slack);
    this.items = items;
  }

  /** Right after the tag: the words, then a note to the tagger (unless a retry). */
  void tagged(
      String teamId,
      MessageActionItemService.Recorded recorded,
      MessageRef message,
      String tagger) {
    if (!recorded.created()) {
      tell(tagger, message, alreadyThere(recorded.incident().publicId(), recorded.item()));
      return;
    }
    fetch(teamId, recorded.item().id(), message)
        .ifPresent(a -> tell(tagger, message, recordedNote(a)));
  }

  /** Retries every item still waiting for its message's words. */
  public void retryPending() {
    for (MessageActionItems.Pending p : items.awaitingMessage(100)) {
      if (fetch(p.teamId(), p.itemId(), p.message()).isEmpty()) {
        return;
      }
    }
  }

  /** The item with its words; empty if Slack could not be asked now (try again later). */
  private Optional<IncidentAction> fetch(String teamId, long itemId, MessageRef message) {
    try {
      Optional<Message> found = reader.find(message);
      String text = found.map(SlackMessageReader::textOf).orElse(TaggedMessageFetcher.UNREADABLE);
      List<String> mentioned = found.map(m -> SlackMarkup.mentionedUserIds(text)).orElse(List.of());
      return items.attachMessage(teamId, itemId, text, mentioned);
    } catch (IOException | SlackApiException e) {
      log.warn("Could not read the message of action item {} yet: {}", itemId, e.getMessage());
      return Optional.empty();
    }
  }

  private static String recordedNote(IncidentAction a) {
    ActionItem item = a.item();
    return ":memo: Recorded action item *#"
        + item.number()
        + "* on *"
        + a.incident().publicId()
        + "*: "
        + UserText.inertLine(item.text(), QUOTED_CHARS)
        + "\nOwner: "
        + item.owner().map(o -> "<@" + o + "> (the first person it mentions)").orElse("none yet")
        + ". Set the owner and due date with `/pm action edit "
        + item.number()
        + " @owner due:YYYY-MM-DD` in the incident channel.";
  }

  private static String alreadyThere(String incident, ActionItem item) {
    return ":memo: This message is already action item *#"
        + item.number()
        + "* on *"
        + incident
        + "*. `/pm action edit "
        + item.number()
        + " @owner due:YYYY-MM-DD` sets its owner and due date.";
  }

  private void tell(String userId, MessageRef message, String text) {
    try {
      slack.chatPostEphemeral(r -> r.channel(message.channelId()).user(userId).text(text));
    } catch (Exception e) {
      // The item is stored; only the courtesy note failed.
      log.info("Could not tell {} about their action item: {}", userId, e.getMessage());
    }
  }
}
