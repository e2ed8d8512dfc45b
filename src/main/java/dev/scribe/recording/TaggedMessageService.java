package dev.scribe.recording;

import dev.scribe.common.Transactor;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.outbox.Outbox;
import dev.scribe.timeline.DeliveryLog;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.NewEvent;
import dev.scribe.timeline.TimelineEvent;
import dev.scribe.timeline.TimelineRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Messages tagged with a reaction, and what happens to them afterwards: more tags, tags removed,
 * the message edited or deleted. Each change is one transaction that also records the delivery, so
 * a retried delivery changes nothing twice; a tag that puts a message on the timeline also owes the
 * tagger a {@link TagConfirmation}, enqueued in that transaction.
 */
public final class TaggedMessageService {

  private final IncidentRepository incidents;
  private final TimelineRepository timeline;
  private final DeliveryLog deliveries;
  private final IncidentService incidentService;
  private final Outbox outbox;
  private final Transactor transactor;
  private final Clock clock;

  public TaggedMessageService(
      IncidentRepository incidents,
      TimelineRepository timeline,
      DeliveryLog deliveries,
      IncidentService incidentService,
      Outbox outbox,
      Transactor transactor,
      Clock clock) {
    this.incidents = incidents;
    this.timeline = timeline;
    this.deliveries = deliveries;
    this.incidentService = incidentService;
    this.outbox = outbox;
    this.transactor = transactor;
    this.clock = clock;
  }

  /**
   * A message was tagged with a reaction that maps to a marker. The event is stored at once, at the
   * message's own post time, and its words are attached later ({@link #attachMessage}); so the
   * delivery can be acknowledged to Slack as soon as this returns. A new event owes the tagger a
   * {@link TagConfirmation}, stored with it.
   *
   * @return the event, new or existing; empty when the channel has no incident or the delivery was
   *     already applied
   */
  public Optional<Tagged> tag(
      String teamId,
      String deliveryId,
      MessageRef message,
      String userId,
      String reaction,
      Marker marker) {
    return transactor.inTransaction(
        () -> {
          Instant now = clock.instant();
          if (!deliveries.firstDelivery(teamId, deliveryId, now)) {
            return Optional.<Tagged>empty();
          }
          Optional<Incident> incident =
              incidents
                  .openIn(teamId, message.channelId())
                  .or(() -> incidents.latestIn(teamId, message.channelId()));
          if (incident.isEmpty()) {
            return Optional.<Tagged>empty();
          }
          Optional<TimelineEvent> existing =
              timeline.forMessage(teamId, incident.get().id(), message);
          TimelineEvent event =
              existing.orElseGet(
                  () ->
                      timeline.add(
                          teamId,
                          incident.get().id(),
                          new NewEvent(
                              message.postedAt(),
                              marker,
                              "",
                              null,
                              userId,
                              EventSource.REACTION,
                              message.channelId(),
                              message.ts(),
                              null,
                              now,
                              true)));
          timeline.addTag(teamId, event.id(), userId, reaction, now);
          if (existing.isEmpty() && marker == Marker.RESOLVED) {
            incidentService.syncResolution(incident.get());
          }
          if (existing.isEmpty()) {
            confirm(incident.get(), event, message, userId, now);
          }
          return Optional.of(new Tagged(incident.get(), event, existing.isEmpty()));
        });
  }

  private void confirm(
      Incident incident, TimelineEvent event, MessageRef message, String userId, Instant now) {
    TagConfirmation note =
        new TagConfirmation(
            message.channelId(), userId, incident.publicId(), event.number(), event.marker());
    outbox.enqueue(
        TagConfirmation.KIND.message(incident.teamId(), "event/" + event.id(), note), now);
  }

  /** A reaction was removed: the event goes when no mapped reaction is left on the message. */
  public void untag(
      String teamId, String deliveryId, MessageRef message, String userId, String reaction) {
    transactor.run(
        () -> {
          Instant now = clock.instant();
          if (!deliveries.firstDelivery(teamId, deliveryId, now)) {
            return;
          }
          for (TimelineEvent event : timeline.forMessage(teamId, message)) {
            // An event added with the message shortcut stays when the last reaction goes.
            if (timeline.removeTag(teamId, event.id(), userId, reaction) == 0
                && event.source() == EventSource.REACTION) {
              timeline.delete(teamId, event.id(), userId, "reaction-removed", now);
              if (event.marker() == Marker.RESOLVED) {
                incidents
                    .byId(teamId, event.incidentId())
                    .ifPresent(incidentService::syncResolution);
              }
            }
          }
        });
  }

  /** The tagged message was edited in Slack: the event follows, the old words stay in history. */
  public void messageEdited(String teamId, String deliveryId, MessageRef message, String newText) {
    transactor.run(
        () -> {
          Instant now = clock.instant();
          if (!deliveries.firstDelivery(teamId, deliveryId, now)) {
            return;
          }
          for (TimelineEvent event : timeline.forMessage(teamId, message)) {
            // Words chosen in the message shortcut's modal stay as chosen.
            if (event.source() == EventSource.REACTION && !event.text().equals(newText)) {
              TimelineEvent changed =
                  new TimelineEvent(
                      event.id(),
                      event.incidentId(),
                      event.number(),
                      event.occurredAt(),
                      event.marker(),
                      newText,
                      event.authorId(),
                      event.recordedBy(),
                      event.source(),
                      event.permalink(),
                      event.recordedAt(),
                      event.sourceMessageDeleted());
              timeline.update(teamId, changed, event.authorId(), "message-edited", now);
            }
          }
        });
  }

  /** The tagged message was deleted in Slack: the event keeps its words and says so. */
  public void messageDeleted(String teamId, String deliveryId, MessageRef message) {
    transactor.run(
        () -> {
          if (!deliveries.firstDelivery(teamId, deliveryId, clock.instant())) {
            return;
          }
          timeline
              .forMessage(teamId, message)
              .forEach(e -> timeline.markSourceDeleted(teamId, e.id()));
        });
  }

  /** Attaches a tagged message's words, author and link once fetched from Slack. */
  public void attachMessage(
      String teamId, long eventId, String text, String authorId, String permalink) {
    timeline.attachMessage(teamId, eventId, text, authorId, permalink);
  }

  /** True while some tagged message still waits for its words to be fetched from Slack. */
  public boolean awaitingMessages() {
    return !timeline.awaitingMessage(1).isEmpty();
  }

  /** A tagged message's event, and whether the tag created it. */
  public record Tagged(Incident incident, TimelineEvent event, boolean created) {}
}
