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
import dev.scribe.timeline.TypedCommands;
import dev.scribe.workspace.WorkspaceRulesRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Recording the timeline by hand: typed events, edits and deletions. Every change is one
 * transaction. Messages tagged with reactions are {@link TaggedMessageService}'s.
 */
public final class TimelineService {

  /**
   * The same {@code /pm event} text from the same person in the same channel within this long is a
   * retype: Slack showed the first as failed, or it was sent twice. Long enough for a person to
   * retype, short enough that repeating a real note later still records it.
   */
  public static final Duration RETYPE_WINDOW = Duration.ofMinutes(2);

  private final IncidentRepository incidents;
  private final TimelineRepository timeline;
  private final IncidentService incidentService;
  private final WorkspaceRulesRepository rules;
  private final TypedCommands typed;
  private final Transactor transactor;
  private final Clock clock;

  public TimelineService(
      IncidentRepository incidents,
      TimelineRepository timeline,
      IncidentService incidentService,
      WorkspaceRulesRepository rules,
      TypedCommands typed,
      Transactor transactor,
      Clock clock) {
    this.typed = typed;
    this.incidents = incidents;
    this.timeline = timeline;
    this.incidentService = incidentService;
    this.rules = rules;
    this.transactor = transactor;
    this.clock = clock;
  }

  /**
   * Records a typed event in the channel's open incident; else in its latest one while that
   * incident's resolution is recent (the workspace's late-event window), as reactions do; else in a
   * new incident. A T8 (resolved) event closes an open incident, as {@code /pm resolve} would; on a
   * resolved one the latest T8 counts, as always.
   */
  public Recorded record(
      String teamId,
      String channelId,
      String userId,
      Optional<Instant> when,
      Optional<Marker> marker,
      String text) {
    return record(new Typed(teamId, channelId, userId, Optional.empty()), when, marker, text);
  }

  /**
   * Records a typed {@code /pm event} as {@link #record} does, unless the same person typed the
   * same text in the channel within {@link #RETYPE_WINDOW}: then the event that text recorded is
   * the answer, and nothing is stored.
   */
  public Recorded recordTyped(
      String teamId,
      String channelId,
      String userId,
      String commandText,
      Optional<Instant> when,
      Optional<Marker> marker,
      String text) {
    return record(
        new Typed(teamId, channelId, userId, Optional.of(commandText.strip())), when, marker, text);
  }

  private Recorded record(
      Typed typed, Optional<Instant> when, Optional<Marker> marker, String text) {
    try {
      return recordOnce(typed, when, marker, text);
    } catch (IncidentRepository.AlreadyOpenException raced) {
      // Someone declared an incident here at the same moment: record on theirs.
      return recordOnce(typed, when, marker, text);
    }
  }

  private Recorded recordOnce(
      Typed by, Optional<Instant> when, Optional<Marker> marker, String text) {
    String teamId = by.teamId();
    String channelId = by.channelId();
    String userId = by.userId();
    return transactor.inTransaction(
        () -> {
          Instant now = clock.instant();
          Optional<Recorded> retyped = by.command().flatMap(command -> retyped(by, command, now));
          if (retyped.isPresent()) {
            return retyped.get();
          }
          Optional<Incident> existing =
              incidents
                  .openIn(teamId, channelId)
                  .or(() -> recentlyResolved(teamId, channelId, now));
          Incident incident =
              existing.orElseGet(
                  () ->
                      incidents.create(
                          new NewIncident(
                              teamId, channelId, "Untitled incident", null, userId, now)));
          boolean late = !incident.isOpen();
          TimelineEvent event =
              timeline.add(
                  teamId,
                  incident.id(),
                  NewEvent.typed(when.orElse(now), marker.orElse(Marker.NOTE), text, userId, now));
          by.command()
              .ifPresent(
                  command -> typed.remember(teamId, channelId, userId, command, event.id(), now));
          if (event.marker() == Marker.RESOLVED) {
            if (late) {
              incidentService.syncResolution(incident);
              incident = incidents.byId(teamId, incident.id()).orElse(incident);
            } else {
              incident = incidentService.close(incident, event.occurredAt(), userId, now);
            }
          }
          return new Recorded(incident, event, existing.isEmpty(), late, false);
        });
  }

  /**
   * Forgets the typed commands older than the retype window, which can no longer match a retype.
   *
   * @return how many were forgotten
   */
  public int forgetTypedCommands() {
    Instant before = clock.instant().minus(RETYPE_WINDOW);
    return transactor.inTransaction(() -> typed.forgetBefore(before));
  }

  /** The event the same text recorded moments ago, if this is a retype. */
  private Optional<Recorded> retyped(Typed by, String command, Instant now) {
    return typed
        .recordedSince(by.teamId(), by.channelId(), by.userId(), command, now.minus(RETYPE_WINDOW))
        .flatMap(
            earlier ->
                incidents
                    .byId(by.teamId(), earlier.incidentId())
                    .flatMap(
                        incident ->
                            timeline
                                .byNumber(by.teamId(), incident.id(), earlier.number())
                                .map(
                                    event ->
                                        new Recorded(
                                            incident, event, false, !incident.isOpen(), true))));
  }

  /** Who recorded an event, where, and the command text they typed, if they typed one. */
  private record Typed(String teamId, String channelId, String userId, Optional<String> command) {}

  /** The channel's latest incident, if it is resolved and its resolution is recent. */
  private Optional<Incident> recentlyResolved(String teamId, String channelId, Instant now) {
    Duration window = rules.rules(teamId).lateEventWindow();
    if (window.isZero()) {
      return Optional.empty();
    }
    return incidents
        .latestIn(teamId, channelId)
        .filter(latest -> !latest.isOpen())
        .filter(
            latest -> {
              Instant resolved =
                  incidents.resolutionRecordedAt(teamId, latest.id()).orElse(latest.resolvedAt());
              return now.isBefore(resolved.plus(window));
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

  /**
   * A recorded event and its incident.
   *
   * @param startedIncident recording it declared the incident
   * @param afterResolution it joined an incident already resolved (within the late-event window)
   * @param retyped the same command was typed moments ago: the event is that command's, and nothing
   *     new was stored
   */
  public record Recorded(
      Incident incident,
      TimelineEvent event,
      boolean startedIncident,
      boolean afterResolution,
      boolean retyped) {}
}
