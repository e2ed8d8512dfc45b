package dev.scribe.slack.actions;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.Message;
import dev.scribe.actions.ReminderKey;
import dev.scribe.actions.ReminderKind;
import dev.scribe.actions.ReminderMessage;
import dev.scribe.actions.ReminderNotifier;
import dev.scribe.common.UserDirectory;
import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.Delivery.Sent;
import dev.scribe.outbox.Lookup;
import dev.scribe.outbox.Lookup.Found;
import dev.scribe.outbox.Lookup.NotFound;
import dev.scribe.slack.SlackOutcomes;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends reminders as Slack direct messages (the digest to its channel) through the synchronous Web
 * API client. Every message carries metadata {@code scribe_reminder} with its key, so a send whose
 * outcome was lost can be looked up in the conversation instead of repeated.
 */
public final class SlackReminderNotifier implements ReminderNotifier {

  static final String EVENT_TYPE = "scribe_reminder";
  private static final int HISTORY_PAGES = 5;

  /** Slack's clock and ours may differ a little; look a bit before the claim. */
  private static final long CLOCK_SKEW_SECONDS = 120;

  private final Function<String, MethodsClient> clientForTeam;
  private final UserDirectory users;

  /**
   * @param clientForTeam the Web API client, holding the bot token, of each workspace
   * @param users the names of owners shown (not mentioned) in reminders to others
   */
  public SlackReminderNotifier(Function<String, MethodsClient> clientForTeam, UserDirectory users) {
    this.clientForTeam = clientForTeam;
    this.users = users;
  }

  /** For a single-workspace install. */
  public static SlackReminderNotifier of(MethodsClient client, UserDirectory users) {
    return new SlackReminderNotifier(team -> client, users);
  }

  @Override
  public Delivery send(ReminderMessage message) {
    ReminderKey key = message.key();
    MethodsClient slack = clientForTeam.apply(key.teamId());
    try {
      // A user ID as channel posts to the bot's DM with that user without conversations.open,
      // whose rate limit (Tier 3) would throttle a sweep over hundreds of owners.
      ChatPostMessageResponse posted =
          slack.chatPostMessage(
              r ->
                  r.channel(key.recipientId())
                      .text(ReminderBlocks.text(message))
                      .blocks(
                          ReminderBlocks.blocks(message, id -> users.displayName(key.teamId(), id)))
                      .linkNames(false)
                      .metadata(new Message.Metadata(EVENT_TYPE, Map.of("key", key.asText()))));
      SlackOutcomes.requireOk(posted.isOk(), posted.getError());
      return new Sent(posted.getChannel() + "/" + posted.getTs());
    } catch (SlackApiException e) {
      return SlackOutcomes.ofHttp(e);
    } catch (IOException e) {
      return SlackOutcomes.ofNetwork(e);
    } catch (SlackOutcomes.NotOk e) {
      return SlackOutcomes.ofError(e.error());
    }
  }

  @Override
  public Lookup findDelivered(ReminderKey key, Instant since) {
    MethodsClient slack = clientForTeam.apply(key.teamId());
    try {
      String channel = conversation(slack, key);
      String oldest = Long.toString(since.getEpochSecond() - CLOCK_SKEW_SECONDS);
      String cursor = null;
      for (int page = 0; page < HISTORY_PAGES; page++) {
        String from = cursor;
        ConversationsHistoryResponse history =
            slack.conversationsHistory(
                r ->
                    r.channel(channel)
                        .oldest(oldest)
                        .includeAllMetadata(true)
                        .limit(200)
                        .cursor(from));
        SlackOutcomes.requireOk(history.isOk(), history.getError());
        Optional<String> ts = tagged(history.getMessages(), key);
        if (ts.isPresent()) {
          return new Found(channel + "/" + ts.get());
        }
        cursor =
            history.getResponseMetadata() == null
                ? null
                : history.getResponseMetadata().getNextCursor();
        if (!history.isHasMore() || cursor == null || cursor.isEmpty()) {
          return new NotFound();
        }
      }
      return new NotFound();
    } catch (SlackApiException e) {
      return SlackOutcomes.unavailable(SlackOutcomes.ofHttp(e));
    } catch (IOException e) {
      return SlackOutcomes.unavailable(SlackOutcomes.ofNetwork(e));
    } catch (SlackOutcomes.NotOk e) {
      return SlackOutcomes.unavailable(SlackOutcomes.ofError(e.error()));
    }
  }

  private static Optional<String> tagged(List<Message> messages, ReminderKey key) {
    if (messages == null) {
      return Optional.empty();
    }
    return messages.stream()
        .filter(m -> m.getMetadata() != null && EVENT_TYPE.equals(m.getMetadata().getEventType()))
        .filter(
            m ->
                m.getMetadata().getEventPayload() != null
                    && key.asText()
                        .equals(String.valueOf(m.getMetadata().getEventPayload().get("key"))))
        .map(Message::getTs)
        .findFirst();
  }

  /**
   * Where a message for {@code key} is: the digest's channel, or the recipient's DM with the bot.
   */
  private static String conversation(MethodsClient slack, ReminderKey key)
      throws IOException, SlackApiException, SlackOutcomes.NotOk {
    if (key.kind() == ReminderKind.DIGEST) {
      return key.recipientId();
    }
    ConversationsOpenResponse opened =
        slack.conversationsOpen(r -> r.users(List.of(key.recipientId())));
    SlackOutcomes.requireOk(opened.isOk(), opened.getError());
    return opened.getChannel().getId();
  }
}
