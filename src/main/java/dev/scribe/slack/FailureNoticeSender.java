package dev.scribe.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.FailureNotice;
import dev.scribe.outbox.Lookup;
import dev.scribe.outbox.MessageKind;
import dev.scribe.outbox.Outgoing;
import dev.scribe.outbox.Sender;
import java.io.IOException;
import java.util.Set;

/**
 * Tells someone a message owed to them was given up: privately in the channel, or by direct message
 * when there is no channel or Slack will not show them an ephemeral message there (they left,
 * Scribe was removed, the channel is archived). At most once: a notice whose send timed out is not
 * repeated.
 */
public final class FailureNoticeSender implements Sender<FailureNotice> {

  /** Refusals of the channel, not of the person: a direct message still reaches them. */
  private static final Set<String> TRY_A_DIRECT_MESSAGE =
      Set.of("user_not_in_channel", "channel_not_found", "not_in_channel", "is_archived");

  private final MethodsClient slack;

  public FailureNoticeSender(MethodsClient slack) {
    this.slack = slack;
  }

  @Override
  public MessageKind<FailureNotice> kind() {
    return FailureNotice.KIND;
  }

  @Override
  public Delivery send(Outgoing<FailureNotice> message) {
    FailureNotice notice = message.payload();
    try {
      if (notice.channelId() != null) {
        ChatPostEphemeralResponse posted =
            slack.chatPostEphemeral(
                r ->
                    r.channel(notice.channelId())
                        .user(notice.userId())
                        .text(inert(notice))
                        .linkNames(false));
        if (posted.isOk()) {
          return new Delivery.Sent(notice.channelId() + "/" + posted.getMessageTs());
        }
        if (!TRY_A_DIRECT_MESSAGE.contains(posted.getError())) {
          return SlackOutcomes.ofError(posted.getError());
        }
      }
      // A user id as the channel posts to the app's direct messages with them.
      ChatPostMessageResponse dm =
          slack.chatPostMessage(
              r -> r.channel(notice.userId()).text(inert(notice)).linkNames(false));
      SlackOutcomes.requireOk(dm.isOk(), dm.getError());
      return new Delivery.Sent(dm.getChannel() + "/" + dm.getTs());
    } catch (SlackApiException e) {
      return SlackOutcomes.ofHttp(e);
    } catch (IOException e) {
      return SlackOutcomes.ofNetwork(e);
    } catch (SlackOutcomes.NotOk e) {
      return SlackOutcomes.ofError(e.error());
    }
  }

  @Override
  public Lookup findDelivered(Outgoing<FailureNotice> message) {
    return new Lookup.AssumedDelivered("a notice is sent at most once");
  }

  /**
   * What the notice quotes (a draft's problem, a file name) never pings; the person told may be.
   */
  private static String inert(FailureNotice notice) {
    return InertMrkdwn.of(notice.text(), Set.of(notice.userId()));
  }
}
