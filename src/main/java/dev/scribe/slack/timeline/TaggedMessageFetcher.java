package dev.scribe.slack.timeline;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.Message;
import dev.scribe.recording.TaggedMessageService;
import dev.scribe.slack.BotIdentity;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.TimelineRepository;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the words, author and link of a message tagged with a reaction, after the tag itself was
 * stored and acknowledged. A fetch that fails leaves the event waiting; {@link #retryPending} picks
 * it up again, also after a restart, so no tag is ever left without its words. A message that turns
 * out to be Scribe's own post (the reaction did not say whose message it was) takes its event off
 * the timeline: Scribe's posts are not evidence.
 */
public final class TaggedMessageFetcher {

  /** What a fetch did. */
  public enum Outcome {
    /** The event has the message's words. */
    ATTACHED,
    /** The message was Scribe's own post; its event was taken off the timeline. */
    DISCARDED,
    /** Slack could not be asked; the event waits for the next try. */
    LATER
  }

  static final String UNREADABLE = "(the tagged message could not be read from Slack)";
  private static final Logger log = LoggerFactory.getLogger(TaggedMessageFetcher.class);

  private final MethodsClient slack;
  private final SlackMessageReader reader;
  private final TaggedMessageService timeline;
  private final TimelineRepository events;
  private final BotIdentity self;

  public TaggedMessageFetcher(
      MethodsClient slack,
      TaggedMessageService timeline,
      TimelineRepository events,
      BotIdentity self) {
    this.slack = slack;
    this.reader = new SlackMessageReader(slack);
    this.timeline = timeline;
    this.events = events;
    this.self = self;
  }

  /** Fetches and attaches the message, or discards the event of Scribe's own post. */
  public Outcome fetch(String teamId, long eventId, MessageRef message) {
    try {
      Optional<Message> found = reader.find(message);
      if (found.isPresent() && self.isAuthor(found.get().getUser(), found.get().getBotId())) {
        timeline.ownMessageTagged(teamId, message, self.userId());
        return Outcome.DISCARDED;
      }
      String text = found.map(SlackMessageReader::textOf).orElse(UNREADABLE);
      // Integrations (PagerDuty, Datadog…) post as a bot: no user, a bot id the directory can name.
      String author = found.map(SlackMessageReader::authorOf).orElse(null);
      String permalink = found.isPresent() ? permalink(message) : null;
      timeline.attachMessage(teamId, eventId, message, text, author, permalink);
      return Outcome.ATTACHED;
    } catch (IOException | SlackApiException e) {
      log.warn(
          "Could not fetch tagged message {} in {} yet: {}",
          message.ts(),
          message.channelId(),
          e.getMessage());
      return Outcome.LATER;
    }
  }

  /** Retries every tagged message still waiting for its words. */
  public void retryPending() {
    for (TimelineRepository.PendingMessage pending : events.awaitingMessage(100)) {
      if (fetch(pending.teamId(), pending.eventId(), pending.message()) == Outcome.LATER) {
        return;
      }
    }
  }

  private String permalink(MessageRef ref) throws IOException, SlackApiException {
    var response = slack.chatGetPermalink(r -> r.channel(ref.channelId()).messageTs(ref.ts()));
    return response.isOk() ? response.getPermalink() : null;
  }
}
