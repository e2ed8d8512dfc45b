package dev.scribe.recording;

import dev.scribe.common.Transactor;
import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.incident.NewIncident;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.NewEvent;
import dev.scribe.timeline.TimelineEvent;
import dev.scribe.timeline.TimelineRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Recording the timeline by hand: typed events, edits and deletions. Every change is one
 * transaction. Messages tagged with reactions are {@link TaggedMessageService}'s.
 */
public final class TimelineService {

  private final IncidentRepository incidents;
  private final TimelineRepository timeline;
  private final IncidentService incidentService;
  private final Transactor transactor;
  private final Clock clock;

  public TimelineService(
      IncidentRepository incidents,
      TimelineRepository timeline,
      IncidentService incidentService,
      Transactor transactor,
      Clock clock) {
    this.incidents = incidents;
    this.timeline = timeline;
    this.incidentService = incidentService;
    this.transactor = transactor;
    this.clock = clock;
  }

  /**
   * Records a typed event in the channel's open incident, declaring one if none is open. A T8
   * (resolved) event also closes the incident, as {@code /pm resolve} would.
   */
  public Recorded record(
      String teamId,
      String channelId,
      String userId,
      Optional<Instant> when,
      Optional<Marker> marker,
      String text) {
    try {
      return recordOnce(teamId, channelId, userId, when, marker, text);
    } catch (IncidentRepository.AlreadyOpenException raced) {
      // Someone declared an incident here at the same moment: record on theirs.
      return recordOnce(teamId, channelId, userId, when, marker, text);
    }
  }

  private Recorded recordOnce(
      String teamId,
      String channelId,
      String userId,
      Optional<Instant> when,
      Optional<Marker> marker,
      String text) {
    return transactor.inTransaction(
        () -> {
          Instant now = clock.instant();
          Optional<Incident> open = incidents.openIn(teamId, channelId);
          Incident incident =
              open.orElseGet(
                  () ->
                      incidents.create(
                          new NewIncident(
                              teamId, channelId, "Untitled incident", null, userId, now)));
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
      String teamId,
      String channelId,
      String userId,
      int number,
      Optional<Instant> when,
      Optional<Marker> marker,
      String text) {
    return transactor.inTransaction(
        () -> {
          Incident incident = incidentService.current(teamId, channelId);
          TimelineEvent old = existing(incident, number);
          TimelineEvent changed =
              new TimelineEvent(
                  old.id(),
                  old.incidentId(),
                  old.number(),
                  when.orElse(old.occurredAt()),
                  marker.orElse(old.marker()),
                  text.isBlank() ? old.text() : text,
                  old.authorId(),
                  old.recordedBy(),
                  old.source(),
                  old.permalink(),
                  old.recordedAt(),
                  old.sourceMessageDeleted());
          TimelineEvent edited = timeline.update(teamId, changed, userId, "edit", clock.instant());
          if (old.marker() == Marker.RESOLVED || edited.marker() == Marker.RESOLVED) {
            incidentService.syncResolution(incident);
          }
          return edited;
        });
  }

  /** Removes event N from the channel's current incident; it stays in the history. */
  public TimelineEvent delete(String teamId, String channelId, String userId, int number) {
    return transactor.inTransaction(
        () -> {
          Incident incident = incidentService.current(teamId, channelId);
          TimelineEvent old = existing(incident, number);
          timeline.delete(teamId, old.id(), userId, "delete", clock.instant());
          if (old.marker() == Marker.RESOLVED) {
            incidentService.syncResolution(incident);
          }
          return old;
        });
  }

  private TimelineEvent existing(Incident incident, int number) {
    return timeline
        .byNumber(incident.teamId(), incident.id(), number)
        .orElseThrow(
            () ->
                new UserFacingException(
                    incident.publicId()
                        + " has no event #"
                        + number
                        + ". `/pm timeline` shows the numbers.",
                    "/pm edit 3 14:05 ack: on-call acknowledged"));
  }

  /** A recorded event, its incident, and whether recording it declared the incident. */
  public record Recorded(Incident incident, TimelineEvent event, boolean startedIncident) {}
}
