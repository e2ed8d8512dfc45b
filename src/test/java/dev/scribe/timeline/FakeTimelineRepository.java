package dev.scribe.timeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Timeline events, their revisions and tags, and the delivery log, in memory; passes {@link
 * TimelineRepositoryContract}.
 */
public final class FakeTimelineRepository implements TimelineRepository, DeliveryLog {

  private final Map<Long, Stored> events = new TreeMap<>();
  private final Map<Long, Integer> lastNumbers = new HashMap<>();
  private final List<Revision> revisions = new ArrayList<>();
  private final Set<Tag> tags = new HashSet<>();
  private final Set<String> deliveries = new HashSet<>();
  private long nextId = 1;

  /** A previous version of an event, kept when it was edited or deleted. */
  public record Revision(String teamId, long eventId, String change, String text) {}

  private record Tag(String teamId, long eventId, String userId, String reaction) {}

  /** An event with what the repository keeps beside it. */
  private record Stored(
      String teamId,
      TimelineEvent event,
      String sourceChannelId,
      String sourceTs,
      boolean awaitingMessage,
      boolean deleted) {

    Stored with(TimelineEvent changed, boolean awaiting) {
      return new Stored(teamId, changed, sourceChannelId, sourceTs, awaiting, deleted);
    }

    Stored asDeleted() {
      return new Stored(teamId, event, sourceChannelId, sourceTs, awaitingMessage, true);
    }

    boolean isLiveIn(String team) {
      return !deleted && teamId.equals(team);
    }
  }

  @Override
  public synchronized TimelineEvent add(String teamId, long incidentId, NewEvent e) {
    int number = lastNumbers.merge(incidentId, 1, Integer::sum);
    TimelineEvent event =
        new TimelineEvent(
            nextId++,
            incidentId,
            number,
            millis(e.occurredAt()),
            e.marker(),
            e.text(),
            e.authorId(),
            e.recordedBy(),
            e.source(),
            e.permalink(),
            millis(e.recordedAt()),
            false);
    events.put(
        event.id(),
        new Stored(teamId, event, e.sourceChannelId(), e.sourceTs(), e.awaitingMessage(), false));
    return event;
  }

  @Override
  public synchronized Optional<TimelineEvent> addUnlessCaptured(
      String teamId, long incidentId, NewEvent e) {
    if (e.sourceTs() != null
        && forMessage(teamId, incidentId, new MessageRef(e.sourceChannelId(), e.sourceTs()))
            .isPresent()) {
      return Optional.empty(); // no number is used up, as in the database
    }
    return Optional.of(add(teamId, incidentId, e));
  }

  @Override
  public synchronized void setPermalink(String teamId, long eventId, String permalink) {
    inTeam(teamId, eventId)
        .ifPresent(
            stored -> {
              TimelineEvent e = stored.event();
              TimelineEvent linked =
                  new TimelineEvent(
                      e.id(),
                      e.incidentId(),
                      e.number(),
                      e.occurredAt(),
                      e.marker(),
                      e.text(),
                      e.authorId(),
                      e.recordedBy(),
                      e.source(),
                      permalink,
                      e.recordedAt(),
                      e.sourceMessageDeleted());
              events.put(eventId, stored.with(linked, stored.awaitingMessage()));
            });
  }

  @Override
  public synchronized List<TimelineEvent> events(String teamId, long incidentId) {
    return live(teamId)
        .map(Stored::event)
        .filter(e -> e.incidentId() == incidentId)
        .sorted(
            Comparator.comparing(TimelineEvent::occurredAt).thenComparingInt(TimelineEvent::number))
        .toList();
  }

  @Override
  public synchronized Optional<TimelineEvent> byNumber(String teamId, long incidentId, int number) {
    return events(teamId, incidentId).stream().filter(e -> e.number() == number).findFirst();
  }

  @Override
  public synchronized TimelineEvent update(
      String teamId, TimelineEvent changed, String changedBy, String change, Instant at) {
    Stored stored = inTeam(teamId, changed.id()).orElseThrow(NoSuchElementException::new);
    keepRevision(stored, change);
    TimelineEvent old = stored.event();
    TimelineEvent updated =
        new TimelineEvent(
            old.id(),
            old.incidentId(),
            old.number(),
            millis(changed.occurredAt()),
            changed.marker(),
            changed.text(),
            old.authorId(),
            old.recordedBy(),
            old.source(),
            old.permalink(),
            old.recordedAt(),
            old.sourceMessageDeleted());
    events.put(old.id(), stored.with(updated, stored.awaitingMessage()));
    return updated;
  }

  @Override
  public synchronized void delete(
      String teamId, long eventId, String deletedBy, String change, Instant at) {
    inTeam(teamId, eventId)
        .ifPresent(
            stored -> {
              keepRevision(stored, change);
              events.put(eventId, stored.asDeleted());
            });
  }

  @Override
  public synchronized Optional<TimelineEvent> forMessage(
      String teamId, long incidentId, MessageRef message) {
    return forMessage(teamId, message).stream()
        .filter(e -> e.incidentId() == incidentId)
        .findFirst();
  }

  @Override
  public synchronized List<TimelineEvent> forMessage(String teamId, MessageRef message) {
    return live(teamId)
        .filter(s -> message.channelId().equals(s.sourceChannelId()))
        .filter(s -> message.ts().equals(s.sourceTs()))
        .map(Stored::event)
        .toList();
  }

  @Override
  public synchronized boolean addTag(
      String teamId, long eventId, String userId, String reaction, Instant at) {
    return tags.add(new Tag(teamId, eventId, userId, reaction));
  }

  @Override
  public synchronized int removeTag(String teamId, long eventId, String userId, String reaction) {
    tags.remove(new Tag(teamId, eventId, userId, reaction));
    return (int)
        tags.stream().filter(t -> t.teamId().equals(teamId) && t.eventId() == eventId).count();
  }

  @Override
  public synchronized void attachMessage(
      String teamId, long eventId, String text, String authorId, String permalink) {
    inTeam(teamId, eventId)
        .filter(Stored::awaitingMessage)
        .ifPresent(
            stored -> {
              TimelineEvent e = stored.event();
              TimelineEvent attached =
                  new TimelineEvent(
                      e.id(),
                      e.incidentId(),
                      e.number(),
                      e.occurredAt(),
                      e.marker(),
                      e.text().isEmpty() ? text : e.text(),
                      e.authorId() == null ? authorId : e.authorId(),
                      e.recordedBy(),
                      e.source(),
                      e.permalink() == null ? permalink : e.permalink(),
                      e.recordedAt(),
                      e.sourceMessageDeleted());
              events.put(eventId, stored.with(attached, false));
            });
  }

  @Override
  public synchronized void markSourceDeleted(String teamId, long eventId) {
    inTeam(teamId, eventId)
        .ifPresent(
            stored -> {
              TimelineEvent e = stored.event();
              TimelineEvent marked =
                  new TimelineEvent(
                      e.id(),
                      e.incidentId(),
                      e.number(),
                      e.occurredAt(),
                      e.marker(),
                      e.text(),
                      e.authorId(),
                      e.recordedBy(),
                      e.source(),
                      e.permalink(),
                      e.recordedAt(),
                      true);
              events.put(eventId, stored.with(marked, stored.awaitingMessage()));
            });
  }

  @Override
  public synchronized List<PendingMessage> awaitingMessage(int limit) {
    return events.values().stream()
        .filter(s -> s.awaitingMessage() && !s.deleted())
        .limit(limit)
        .map(
            s ->
                new PendingMessage(
                    s.teamId(), s.event().id(), new MessageRef(s.sourceChannelId(), s.sourceTs())))
        .toList();
  }

  @Override
  public synchronized boolean firstDelivery(String teamId, String eventId, Instant receivedAt) {
    return deliveries.add(teamId + "/" + eventId);
  }

  /** Every revision kept, oldest first. */
  /** The live event of this id in the workspace, if there is one. */
  public synchronized Optional<TimelineEvent> live(String teamId, long eventId) {
    return Optional.ofNullable(events.get(eventId))
        .filter(s -> s.isLiveIn(teamId))
        .map(Stored::event);
  }

  public synchronized List<Revision> revisions() {
    return List.copyOf(revisions);
  }

  private void keepRevision(Stored stored, String change) {
    revisions.add(
        new Revision(stored.teamId(), stored.event().id(), change, stored.event().text()));
  }

  private Optional<Stored> inTeam(String teamId, long eventId) {
    return Optional.ofNullable(events.get(eventId)).filter(s -> s.teamId().equals(teamId));
  }

  private Stream<Stored> live(String teamId) {
    return events.values().stream().filter(s -> s.isLiveIn(teamId));
  }

  /** The database keeps instants to the millisecond. */
  private static Instant millis(Instant at) {
    return at.truncatedTo(ChronoUnit.MILLIS);
  }
}
