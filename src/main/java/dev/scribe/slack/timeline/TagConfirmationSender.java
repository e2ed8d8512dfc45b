package dev.scribe.slack.timeline;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.Lookup;
import dev.scribe.outbox.MessageKind;
import dev.scribe.outbox.Outgoing;
import dev.scribe.outbox.Sender;
import dev.scribe.recording.TagConfirmation;
import dev.scribe.slack.InertMrkdwn;
import dev.scribe.slack.SlackOutcomes;
import dev.scribe.timeline.TimelineEvent;
import dev.scribe.timeline.TimelineRepository;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the tagger's confirmation as an ephemeral message in the channel. An ephemeral message
 * cannot be looked up afterwards, so one whose send timed out is taken as delivered: a repeated
 * note is worse than a missing one, and the event is on the timeline either way.
 *
 * <p>An event no longer on the timeline gets no note: a tag removed at once, or a message that
 * turned out to be Scribe's own post (when the reaction did not say whose it was).
 */
public final class TagConfirmationSender implements Sender<TagConfirmation> {

  private final MethodsClient slack;
  private final IncidentRepository incidents;
  private final TimelineRepository timeline;

  public TagConfirmationSender(
      MethodsClient slack, IncidentRepository incidents, TimelineRepository timeline) {
    this.slack = slack;
    this.incidents = incidents;
    this.timeline = timeline;
  }

  @Override
  public MessageKind<TagConfirmation> kind() {
    return TagConfirmation.KIND;
  }

  @Override
  public Delivery send(Outgoing<TagConfirmation> message) {
    TagConfirmation note = message.payload();
    Optional<TimelineEvent> event =
        incidents
            .byPublicId(message.teamId(), note.incidentPublicId())
            .flatMap(i -> timeline.byNumber(message.teamId(), i.id(), note.eventNumber()));
    if (event.isEmpty()) {
      return new Delivery.Skipped("the event left the timeline before its note went out");
    }
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
