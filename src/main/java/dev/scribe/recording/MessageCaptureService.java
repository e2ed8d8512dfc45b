package dev.scribe.recording;

import dev.scribe.common.Transactor;
import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.NewEvent;
import dev.scribe.timeline.TimelineEvent;
import dev.scribe.timeline.TimelineRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Any Slack message added to an incident's timeline with the "Add to incident timeline" message
 * shortcut, from any channel or thread: recorded at the message's own post time, once per message
 * per incident, like a reaction tag; capturing it again updates the one event.
 */
public final class MessageCaptureService {

  /** Resolved incidents stay offered this long, for late notes and follow-ups. */
  public static final Duration RECENTLY_RESOLVED = Duration.ofDays(7);

  /** Slack's static menus hold at most 100 options. */
  public static final int MOST_CHOICES = 100;

  public static final int MAX_TEXT_LENGTH = 3000;

  private final IncidentRepository incidents;
  private final TimelineRepository timeline;
  private final IncidentService incidentService;
  private final Transactor transactor;
  private final Clock clock;

  public MessageCaptureService(
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

  /** A message to capture: where it is, who wrote it, and a link to it if known. */
  public record Source(MessageRef message, String authorId, String permalink) {
    public Source {
      Objects.requireNonNull(message, "message");
    }
  }

  /** The incidents a message can go to, most relevant first: the channel's own, if any. */
  public Choices choices(String teamId, String channelId) {
    Instant since = clock.instant().minus(RECENTLY_RESOLVED);
    Optional<Incident> own =
        incidentService
            .currentIfAny(teamId, channelId)
            .filter(i -> i.isOpen() || !i.resolvedAt().isBefore(since));
    List<Incident> all = new ArrayList<>();
    own.ifPresent(all::add);
    for (Incident i : incidents.openOrResolvedSince(teamId, since, MOST_CHOICES)) {
      if (all.size() < MOST_CHOICES && own.map(o -> o.id() != i.id()).orElse(true)) {
        all.add(i);
      }
    }
    return new Choices(all, own);
  }

  /** The event a message already has on an incident, if it was captured before. */
  public Optional<TimelineEvent> existing(String teamId, long incidentId, MessageRef message) {
    return timeline.forMessage(teamId, incidentId, message);
  }

  /**
   * Records the message on the incident, or updates its event if it is there already.
   *
   * @throws UserFacingException if the incident is gone or the words are empty or too long
   */
  public Captured capture(
      String teamId, long incidentId, Source source, Marker marker, String text, String userId) {
    String words = checkText(text);
    return transactor.inTransaction(
        () -> {
          Incident incident =
              incidents
                  .byId(teamId, incidentId)
                  .orElseThrow(
                      () ->
                          new UserFacingException("That incident no longer exists; pick another."));
          Instant now = clock.instant();
          NewEvent event =
              new NewEvent(
                  source.message().postedAt(),
                  marker,
                  words,
                  source.authorId(),
                  userId,
                  EventSource.SHORTCUT,
                  source.message().channelId(),
                  source.message().ts(),
                  source.permalink(),
                  now,
                  false);
          Optional<TimelineEvent> added = timeline.addUnlessCaptured(teamId, incidentId, event);
          if (added.isPresent()) {
            if (marker == Marker.RESOLVED) {
              incidentService.syncResolution(incident);
            }
            return new Captured(incident, added.get(), true);
          }
          TimelineEvent before =
              timeline.forMessage(teamId, incidentId, source.message()).orElseThrow();
          return new Captured(
              incident, update(incident, before, marker, words, userId, now), false);
        });
  }

  private TimelineEvent update(
      Incident incident,
      TimelineEvent before,
      Marker marker,
      String words,
      String userId,
      Instant now) {
    if (before.marker() == marker && before.text().equals(words)) {
      return before;
    }
    TimelineEvent changed =
        new TimelineEvent(
            before.id(),
            before.incidentId(),
            before.number(),
            before.occurredAt(),
            marker,
            words,
            before.authorId(),
            before.recordedBy(),
            before.source(),
            before.permalink(),
            before.recordedAt(),
            before.sourceMessageDeleted());
    TimelineEvent after = timeline.update(incident.teamId(), changed, userId, "shortcut", now);
    if (before.marker() == Marker.RESOLVED || marker == Marker.RESOLVED) {
      incidentService.syncResolution(incident);
    }
    return after;
  }

  /** Slack's own link to the message, once asked for after the capture was acknowledged. */
  public void linkTo(String teamId, long eventId, String permalink) {
    timeline.setPermalink(teamId, eventId, permalink);
  }

  private static String checkText(String text) {
    String words = text == null ? "" : text.strip();
    if (words.isEmpty()) {
      throw new UserFacingException("Say what happened: the text cannot be empty.");
    }
    if (words.length() > MAX_TEXT_LENGTH) {
      throw new UserFacingException("Keep it under " + MAX_TEXT_LENGTH + " characters.");
    }
    return words;
  }

  /**
   * The incidents to offer, most relevant first.
   *
   * @param incidents the channel's own first, then open ones, then recently resolved ones
   * @param channelIncident the incident of the message's channel, if it has a current one
   */
  public record Choices(List<Incident> incidents, Optional<Incident> channelIncident) {
    public Choices {
      incidents = List.copyOf(incidents);
    }
  }

  /** A captured message's event, and whether this capture created it. */
  public record Captured(Incident incident, TimelineEvent event, boolean created) {}
}
