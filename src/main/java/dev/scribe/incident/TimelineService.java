package dev.scribe.incident;

import dev.scribe.common.Transactor;
import dev.scribe.common.UserFacingException;
import dev.scribe.timeline.DeliveryLog;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.NewEvent;
import dev.scribe.timeline.TimelineEvent;
import dev.scribe.timeline.TimelineRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Recording the timeline: typed events, edits and deletions, and Slack messages tagged with a
 * reaction. Every change is one transaction; a retried Slack delivery changes nothing twice.
 */
public final class TimelineService {

  private final IncidentRepository incidents;
  private final TimelineRepository timeline;
  private final DeliveryLog deliveries;
  private final IncidentService incidentService;
  private final Transactor transactor;
  private final Clock clock;

  public TimelineService(
      IncidentRepository incidents,
      TimelineRepository timeline,
      DeliveryLog deliveries,
      IncidentService incidentService,
      Transactor transactor,
      Clock clock) {
    this.incidents = incidents;
    this.timeline = timeline;
    this.deliveries = deliveries;
    this.incidentService = incidentService;
    this.transactor = transactor;
    this.clock = clock;
  }

  /**
   * Records a typed event in the channel's open incident, declaring one if none is open. A T8
   * (resolved) event also closes the incident, as {@code /pm resolve} would.
   */
  public Recorded record(
      String teamId, String channelId, String userId, Optional<Instant> when, Optional<Marker> marker, String text) {
    return transactor.inTransaction(
        () -> {
          Instant now = clock.instant();
          Optional<Incident> open = incidents.openIn(teamId, channelId);
          Incident incident =
              open.orElseGet(
                  () ->
                      incidents.create(
                          new NewIncident(teamId, channelId, "Untitled incident", null, userId, now)));
          TimelineEvent event =
              timeline.add(
                  teamId,
                  incident.id(),
                  NewEvent.typed(when.orElse(now), marker.orElse(Marker.NOTE), text, userId, now));
          if (event.marker() == Marker.RESOLVED) {
            incident = incidentService.close(incident, event.occurredAt(), userId, now);
          }
          return new Recorded(incident, event, open.isEmpty());
        });
  }

  /** The live events of an incident, in time order. */
  public List<TimelineEvent> events(Incident incident) {
    return timeline.events(incident.teamId(), incident.id());
  }

  /** Changes event N of the channel's current incident; what is not given stays as it was. */
  public TimelineEvent edit(
      String teamId, String channelId, String userId, int number,
      Optional<Instant> when, Optional<Marker> marker, String text) {
    return transactor.inTransaction(
        () -> {
          Incident incident = incidentService.current(teamId, channelId);
          TimelineEvent old = existing(incident, number);
          TimelineEvent changed =
              new TimelineEvent(
                  old.id(), old.incidentId(), old.number(), when.orElse(old.occurredAt()),
                  marker.orElse(old.marker()), text.isBlank() ? old.text() : text, old.authorId(),
                  old.recordedBy(), old.source(), old.permalink(), old.recordedAt(),
                  old.sourceMessageDeleted());
          return timeline.update(teamId, changed, userId, "edit", clock.instant());
        });
  }

  /** Removes event N from the channel's current incident; it stays in the history. */
  public TimelineEvent delete(String teamId, String channelId, String userId, int number) {
    return transactor.inTransaction(
        () -> {
          Incident incident = incidentService.current(teamId, channelId);
          TimelineEvent old = existing(incident, number);
          timeline.delete(teamId, old.id(), userId, "delete", clock.instant());
          return old;
        });
  }

  private TimelineEvent existing(Incident incident, int number) {
    return timeline
        .byNumber(incident.teamId(), incident.id(), number)
        .orElseThrow(
            () ->
                new UserFacingException(
                    incident.publicId() + " has no event #" + number + ". `/pm timeline` shows the numbers.",
                    "/pm edit 3 14:05 ack: on-call acknowledged"));
  }

  /**
   * A message in a channel was tagged with a reaction that maps to a marker. The event is stored
   * at once, at the message's own post time, and the message's words are attached later (see
   * {@link #attachMessage}); so the delivery can be acknowledged to Slack as soon as this returns.
   *
   * @return the event, new or existing; empty when the channel has no incident or the delivery was
   *     already applied
   */
  public Optional<Tagged> tag(
      String teamId, String deliveryId, MessageRef message, String userId, String reaction, Marker marker) {
    return transactor.inTransaction(
        () -> {
          Instant now = clock.instant();
          if (!deliveries.firstDelivery(teamId, deliveryId, now)) {
            return Optional.<Tagged>empty();
          }
          Optional<Incident> incident =
              incidents.openIn(teamId, message.channelId())
                  .or(() -> incidents.latestIn(teamId, message.channelId()));
          if (incident.isEmpty()) {
            return Optional.<Tagged>empty();
          }
          Optional<TimelineEvent> existing = timeline.forMessage(teamId, incident.get().id(), message);
          TimelineEvent event =
              existing.orElseGet(
                  () ->
                      timeline.add(
                          teamId,
                          incident.get().id(),
                          new NewEvent(message.postedAt(), marker, "", null, userId, EventSource.REACTION,
                              message.channelId(), message.ts(), null, now, true)));
          timeline.addTag(teamId, event.id(), userId, reaction, now);
          return Optional.of(new Tagged(incident.get(), event, existing.isEmpty()));
        });
  }

  /** A reaction was removed: the event goes when no mapped reaction is left on the message. */
  public void untag(String teamId, String deliveryId, MessageRef message, String userId, String reaction) {
    transactor.run(
        () -> {
          Instant now = clock.instant();
          if (!deliveries.firstDelivery(teamId, deliveryId, now)) {
            return;
          }
          for (TimelineEvent event : timeline.forMessage(teamId, message)) {
            if (timeline.removeTag(teamId, event.id(), userId, reaction) == 0) {
              timeline.delete(teamId, event.id(), userId, "reaction-removed", now);
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
            if (!event.text().equals(newText)) {
              TimelineEvent changed =
                  new TimelineEvent(
                      event.id(), event.incidentId(), event.number(), event.occurredAt(), event.marker(),
                      newText, event.authorId(), event.recordedBy(), event.source(), event.permalink(),
                      event.recordedAt(), event.sourceMessageDeleted());
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
          timeline.forMessage(teamId, message).forEach(e -> timeline.markSourceDeleted(teamId, e.id()));
        });
  }

  /** Attaches a tagged message's words, author and link once fetched from Slack. */
  public void attachMessage(String teamId, long eventId, String text, String authorId, String permalink) {
    timeline.attachMessage(teamId, eventId, text, authorId, permalink);
  }

  /** A recorded event, its incident, and whether recording it declared the incident. */
  public record Recorded(Incident incident, TimelineEvent event, boolean startedIncident) {}

  /** A tagged message's event, and whether the tag created it. */
  public record Tagged(Incident incident, TimelineEvent event, boolean created) {}
}
