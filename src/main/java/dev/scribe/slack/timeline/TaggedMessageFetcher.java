package dev.scribe.slack.timeline;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import dev.scribe.recording.TaggedMessageService;
import dev.scribe.slack.BotIdentity;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.TimelineRepository;
import java.io.IOException;
import java.util.List;
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
  private static final java.util.Set<String> PASSING_ERRORS =
      java.util.Set.of(
          "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private final MethodsClient slack;
  private final TaggedMessageService timeline;
  private final TimelineRepository events;
  private final BotIdentity self;

  public TaggedMessageFetcher(
      MethodsClient slack,
      TaggedMessageService timeline,
      TimelineRepository events,
      BotIdentity self) {
    this.slack = slack;
    this.timeline = timeline;
    this.events = events;
    this.self = self;
  }

  /** Fetches and attaches the message, or discards the event of Scribe's own post. */
  public Outcome fetch(String teamId, long eventId, MessageRef message) {
    try {
      Optional<Message> found = find(message);
      if (found.isPresent() && self.isAuthor(found.get().getUser(), found.get().getBotId())) {
        timeline.ownMessageTagged(teamId, message, self.userId());
        return Outcome.DISCARDED;
      }
      String text = found.map(TaggedMessageFetcher::textOf).orElse(UNREADABLE);
      // Integrations (PagerDuty, Datadog…) post as a bot: no user, a bot id the directory can name.
      String author =
          found
              .map(m -> m.getUser() != null && !m.getUser().isBlank() ? m.getUser() : m.getBotId())
              .orElse(null);
      String permalink = found.isPresent() ? permalink(message) : null;
      timeline.attachMessage(teamId, eventId, text, author, permalink);
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

  /**
   * {@code conversations.history} returns only top-level messages: asked for a thread reply's ts it
   * answers with an older top-level message. So the ts is checked, and {@code
   * conversations.replies}, which finds replies, is asked when history has no exact match.
   */
  private Optional<Message> find(MessageRef ref) throws IOException, SlackApiException {
    ConversationsHistoryResponse history =
        slack.conversationsHistory(
            r ->
                r.channel(ref.channelId())
                    .latest(ref.ts())
                    .oldest(ref.ts())
                    .inclusive(true)
                    .limit(1));
    failIfPassing(history.isOk(), history.getError());
    Optional<Message> top = exact(history.isOk() ? history.getMessages() : null, ref);
    if (top.isPresent()) {
      return top;
    }
    ConversationsRepliesResponse replies =
        slack.conversationsReplies(
            r ->
                r.channel(ref.channelId()).ts(ref.ts()).oldest(ref.ts()).inclusive(true).limit(10));
    failIfPassing(replies.isOk(), replies.getError());
    if (!replies.isOk()) {
      log.info("conversations.replies for {} answered {}", ref.ts(), replies.getError());
    }
    return exact(replies.isOk() ? replies.getMessages() : null, ref);
  }

  /**
   * Slack's passing troubles are worth another try; other errors (no such message, no access) are
   * answers, and the event says the message could not be read.
   */
  private static void failIfPassing(boolean ok, String error) throws IOException {
    if (!ok && PASSING_ERRORS.contains(error)) {
      throw new IOException("Slack answered " + error);
    }
  }

  private static Optional<Message> exact(List<Message> messages, MessageRef ref) {
    return messages == null
        ? Optional.empty()
        : messages.stream().filter(m -> ref.ts().equals(m.getTs())).findFirst();
  }

  private String permalink(MessageRef ref) throws IOException, SlackApiException {
    var response = slack.chatGetPermalink(r -> r.channel(ref.channelId()).messageTs(ref.ts()));
    return response.isOk() ? response.getPermalink() : null;
  }

  private static String textOf(Message message) {
    if (message.getText() != null && !message.getText().isBlank()) {
      return message.getText();
    }
    if (message.getAttachments() != null && !message.getAttachments().isEmpty()) {
      String fallback = message.getAttachments().get(0).getFallback();
      if (fallback != null && !fallback.isBlank()) {
        return fallback;
      }
    }
    return "(message without text)";
  }
}
