package dev.scribe.recording;

import dev.scribe.common.Transactor;
import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.incident.NewIncident;
import dev.scribe.incident.Severity;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.NewEvent;
import dev.scribe.timeline.TimelineEvent;
import dev.scribe.timeline.TimelineRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** An incident's lifecycle: declare, set its fields, resolve, reopen. */
public final class IncidentService {

  static final int MAX_TITLE_LENGTH = 150;

  private final IncidentRepository incidents;
  private final TimelineRepository timeline;
  private final Transactor transactor;
  private final Clock clock;

  public IncidentService(
      IncidentRepository incidents,
      TimelineRepository timeline,
      Transactor transactor,
      Clock clock) {
    this.incidents = incidents;
    this.timeline = timeline;
    this.transactor = transactor;
    this.clock = clock;
  }

  /** Declares an incident in the channel; at most one can be open per channel. */
  public Incident start(
      String teamId, String channelId, String userId, String title, Severity severity) {
    String cleanTitle = checkTitle(title);
    return transactor.inTransaction(
        () -> {
          incidents
              .openIn(teamId, channelId)
              .ifPresent(
                  open -> {
                    throw new UserFacingException(
                        open.publicId()
                            + " is already open in this channel. Record events with `/pm event`, or close it first.",
                        "/pm resolve");
                  });
          Instant now = clock.instant();
          Incident incident;
          try {
            incident =
                incidents.create(
                    new NewIncident(teamId, channelId, cleanTitle, severity, userId, now));
          } catch (IncidentRepository.AlreadyOpenException raced) {
            throw new UserFacingException(
                "Someone declared an incident in this channel at the same moment. `/pm timeline` shows it.",
                "/pm event 14:03 ack: on-call acknowledged the page");
          }
          timeline.add(
              teamId,
              incident.id(),
              NewEvent.typed(now, Marker.NOTE, "Incident declared: " + cleanTitle, userId, now));
          return incident;
        });
  }

  /** The channel's open incident, else its latest one, if it ever had one. */
  public Optional<Incident> currentIfAny(String teamId, String channelId) {
    return incidents.openIn(teamId, channelId).or(() -> incidents.latestIn(teamId, channelId));
  }

  /** The channel's open incident, else its latest one. */
  public Incident current(String teamId, String channelId) {
    return currentIfAny(teamId, channelId)
        .orElseThrow(
            () ->
                new UserFacingException(
                    "There is no incident in this channel yet.",
                    "/pm start Checkout errors in EU sev:2"));
  }

  public Optional<Incident> open(String teamId, String channelId) {
    return incidents.openIn(teamId, channelId);
  }

  /** Records the resolved marker (T8) at the given time or now, and closes the incident. */
  public Resolution resolve(
      String teamId, String channelId, String userId, Optional<Instant> when, String note) {
    return transactor.inTransaction(
        () -> {
          Incident incident =
              incidents
                  .openIn(teamId, channelId)
                  .orElseThrow(
                      () ->
                          new UserFacingException(
                              "There is no open incident in this channel to resolve.",
                              "/pm reopen"));
          Instant now = clock.instant();
          Instant at = when.orElse(now);
          String text = note.isBlank() ? "Incident resolved" : note.strip();
          TimelineEvent event =
              timeline.add(
                  teamId, incident.id(), NewEvent.typed(at, Marker.RESOLVED, text, userId, now));
          return new Resolution(close(incident, at, userId, now), event);
        });
  }

  /**
   * Closes an incident whose T8 was recorded some other way (e.g. {@code /pm event resolved: …}).
   */
  Incident close(Incident incident, Instant resolvedAt, String userId, Instant now) {
    Incident closed = incidents.save(incident.resolvedAt(resolvedAt));
    incidents.recordChange(
        incident.teamId(), incident.id(), "status", "OPEN", "RESOLVED", userId, now);
    return closed;
  }

  /**
   * Keeps a resolved incident's resolution time equal to its latest T8, the one MTTR counts, after
   * a T8 was added, moved or removed. Whether the incident is open is changed only by resolving and
   * reopening it.
   */
  void syncResolution(Incident incident) {
    Incident current = incidents.byId(incident.teamId(), incident.id()).orElse(incident);
    if (current.isOpen()) {
      return;
    }
    timeline.events(current.teamId(), current.id()).stream()
        .filter(e -> e.marker() == Marker.RESOLVED)
        .map(TimelineEvent::occurredAt)
        .max(Instant::compareTo)
        .filter(latest -> !latest.equals(current.resolvedAt()))
        .ifPresent(latest -> incidents.save(current.resolvedAt(latest)));
  }

  /** Reopens the channel's latest incident: its later T8 will count, since the latest T8 wins. */
  public Incident reopen(String teamId, String channelId, String userId) {
    return transactor.inTransaction(
        () -> {
          Incident latest = current(teamId, channelId);
          if (latest.isOpen()) {
            throw new UserFacingException(latest.publicId() + " is still open.", "/pm resolve");
          }
          Instant now = clock.instant();
          Incident reopened = incidents.save(latest.reopened());
          incidents.recordChange(teamId, latest.id(), "status", "RESOLVED", "OPEN", userId, now);
          timeline.add(
              teamId,
              latest.id(),
              NewEvent.typed(now, Marker.NOTE, "Incident reopened", userId, now));
          return reopened;
        });
  }

  static String checkTitle(String title) {
    String clean = title == null ? "" : title.strip();
    if (clean.isEmpty()) {
      throw new UserFacingException(
          "Give the incident a title.", "/pm start Checkout errors in EU sev:2");
    }
    if (clean.length() > MAX_TITLE_LENGTH) {
      throw new UserFacingException(
          "That title is "
              + clean.length()
              + " characters; keep it under "
              + MAX_TITLE_LENGTH
              + ".",
          "/pm start Checkout errors in EU sev:2");
    }
    return clean;
  }

  /** A resolved incident and its T8 event. */
  public record Resolution(Incident incident, TimelineEvent event) {}
}
