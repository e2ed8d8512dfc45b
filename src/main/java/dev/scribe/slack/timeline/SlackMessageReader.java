package dev.scribe.slack.timeline;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import dev.scribe.timeline.MessageRef;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads one Slack message, top-level or in a thread, by its channel and ts. */
final class SlackMessageReader {

  private static final Logger log = LoggerFactory.getLogger(SlackMessageReader.class);
  private static final Set<String> PASSING_ERRORS =
      Set.of(
          "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private final MethodsClient slack;

  SlackMessageReader(MethodsClient slack) {
    this.slack = slack;
  }

  /**
   * The message, or empty if Slack says there is none or Scribe may not read it. {@code
   * conversations.history} returns only top-level messages: asked for a thread reply's ts it
   * answers with an older top-level message. So the ts is checked, and {@code
   * conversations.replies}, which finds replies, is asked when history has no exact match.
   *
   * @throws IOException when Slack is passingly unavailable: worth another try later
   */
  Optional<Message> find(MessageRef ref) throws IOException, SlackApiException {
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

  /** The message's words; an integration's message without text speaks through its attachment. */
  static String textOf(Message message) {
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

  /** Who wrote it: a person, or an integration's bot (named later through {@code bots.info}). */
  static String authorOf(Message message) {
    return message.getUser() != null && !message.getUser().isBlank()
        ? message.getUser()
        : message.getBotId();
  }

  /**
   * Slack's passing troubles are worth another try; other errors (no such message, no access) are
   * answers, and the caller says the message could not be read.
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
}
