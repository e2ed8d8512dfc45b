package dev.scribe.slack.timeline;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.Lookup;
import dev.scribe.outbox.MessageKind;
import dev.scribe.outbox.Outgoing;
import dev.scribe.outbox.Sender;
import dev.scribe.recording.TagConfirmation;
import dev.scribe.slack.InertMrkdwn;
import dev.scribe.slack.SlackOutcomes;
import java.io.IOException;
import java.util.Set;

/**
 * Sends the tagger's confirmation as an ephemeral message in the channel. An ephemeral message
 * cannot be looked up afterwards, so one whose send timed out is taken as delivered: a repeated
 * note is worse than a missing one, and the event is on the timeline either way.
 */
public final class TagConfirmationSender implements Sender<TagConfirmation> {

  private final MethodsClient slack;

  public TagConfirmationSender(MethodsClient slack) {
    this.slack = slack;
  }

  @Override
  public MessageKind<TagConfirmation> kind() {
    return TagConfirmation.KIND;
  }

  @Override
  public Delivery send(Outgoing<TagConfirmation> message) {
    TagConfirmation note = message.payload();
    String text =
        ReactionListeners.confirmation(note.incidentPublicId(), note.eventNumber(), note.marker());
    try {
      ChatPostEphemeralResponse posted =
          slack.chatPostEphemeral(
              r ->
                  r.channel(note.channelId())
                      .user(note.userId())
                      .text(InertMrkdwn.of(text, Set.of(note.userId())))
                      .linkNames(false));
      SlackOutcomes.requireOk(posted.isOk(), posted.getError());
      return new Delivery.Sent(note.channelId() + "/" + posted.getMessageTs());
    } catch (SlackApiException e) {
      return SlackOutcomes.ofHttp(e);
    } catch (IOException e) {
      return SlackOutcomes.ofNetwork(e);
    } catch (SlackOutcomes.NotOk e) {
      return SlackOutcomes.ofError(e.error());
    }
  }

  @Override
  public Lookup findDelivered(Outgoing<TagConfirmation> message) {
    return new Lookup.AssumedDelivered("an ephemeral message cannot be looked up");
  }
}
