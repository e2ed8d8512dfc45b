package dev.scribe.storage;

import dev.scribe.timeline.DeliveryLog;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.NewEvent;
import dev.scribe.timeline.TimelineEvent;
import dev.scribe.timeline.TimelineRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/** Timeline events, their revisions and reaction tags, and the Slack delivery log. */
public final class JdbiTimelineRepository implements TimelineRepository, DeliveryLog {

  private final Jdbi jdbi;

  public JdbiTimelineRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  private <T> T dao(Function<TimelineDao, T> call) {
    return jdbi.withHandle(h -> call.apply(h.attach(TimelineDao.class)));
  }

  @Override
  public TimelineEvent add(String teamId, long incidentId, NewEvent e) {
    return dao(
        dao -> {
          int number = dao.nextNumber(teamId, incidentId);
          long id = dao.insert(row(teamId, incidentId, number, e));
          return dao.byId(teamId, id).map(JdbiTimelineRepository::toEvent).orElseThrow();
        });
  }

  /**
   * An upsert, so that concurrent tags of one message never fail: on PostgreSQL a unique violation
   * would abort the whole transaction, and a look-then-insert races. The number taken for an event
   * that was not stored is given back; the incident's row stays locked until commit (PostgreSQL),
   * or the database is (SQLite), so no one took a later one.
   */
  @Override
  public Optional<TimelineEvent> addForMessage(String teamId, long incidentId, NewEvent e) {
    return jdbi.inTransaction(
        h -> {
          TimelineDao dao = h.attach(TimelineDao.class);
          int number = dao.nextNumber(teamId, incidentId);
          Optional<Long> id = dao.insertUnlessTagged(row(teamId, incidentId, number, e));
          if (id.isEmpty()) {
            dao.giveBackNumber(teamId, incidentId, number);
          }
          return id.flatMap(stored -> dao.byId(teamId, stored))
              .map(JdbiTimelineRepository::toEvent);
        });
  }

  private static TimelineDao.EventRow row(String teamId, long incidentId, int number, NewEvent e) {
    return new TimelineDao.EventRow(
        0,
        teamId,
        incidentId,
        number,
        e.occurredAt().toEpochMilli(),
        e.marker().name(),
        e.text(),
        e.authorId(),
        e.recordedBy(),
        e.source().name(),
        e.sourceChannelId(),
        e.sourceTs(),
        e.permalink(),
        e.recordedAt().toEpochMilli(),
        0,
        e.awaitingMessage() ? 0 : 1);
  }

  @Override
  public List<TimelineEvent> events(String teamId, long incidentId) {
    return dao(d -> d.live(teamId, incidentId)).stream()
        .map(JdbiTimelineRepository::toEvent)
        .toList();
  }

  @Override
  public Optional<TimelineEvent> byNumber(String teamId, long incidentId, int number) {
    return dao(d -> d.byNumber(teamId, incidentId, number)).map(JdbiTimelineRepository::toEvent);
  }

  @Override
  public TimelineEvent update(
      String teamId, TimelineEvent changed, String changedBy, String change, Instant at) {
    return dao(
        dao -> {
          dao.keepRevision(teamId, changed.id(), change, changedBy, at.toEpochMilli());
          dao.update(
              teamId,
              changed.id(),
              changed.occurredAt().toEpochMilli(),
              changed.marker().name(),
              changed.text());
          return dao.byId(teamId, changed.id()).map(JdbiTimelineRepository::toEvent).orElseThrow();
        });
  }

  @Override
  public void delete(String teamId, long eventId, String deletedBy, String change, Instant at) {
    jdbi.useHandle(
        h -> {
          TimelineDao dao = h.attach(TimelineDao.class);
          dao.keepRevision(teamId, eventId, change, deletedBy, at.toEpochMilli());
          dao.delete(teamId, eventId, at.toEpochMilli());
        });
  }

  @Override
  public Optional<TimelineEvent> forMessage(String teamId, long incidentId, MessageRef message) {
    return forMessage(teamId, message).stream()
        .filter(e -> e.incidentId() == incidentId)
        .findFirst();
  }

  @Override
  public List<TimelineEvent> forMessage(String teamId, MessageRef message) {
    return dao(d -> d.forMessage(teamId, message.channelId(), message.ts())).stream()
        .map(JdbiTimelineRepository::toEvent)
        .toList();
  }

  @Override
  public boolean addTag(String teamId, long eventId, String userId, String reaction, Instant at) {
    return dao(d -> d.addTag(teamId, eventId, userId, reaction, at.toEpochMilli())) > 0;
  }

  @Override
  public int removeTag(String teamId, long eventId, String userId, String reaction) {
    return dao(
        d -> {
          d.removeTag(teamId, eventId, userId, reaction);
          return d.tagCount(teamId, eventId);
        });
  }

  @Override
  public void attachMessage(
      String teamId, long eventId, String text, String authorId, String permalink) {
    jdbi.useHandle(
        h -> h.attach(TimelineDao.class).attachMessage(teamId, eventId, text, authorId, permalink));
  }

  @Override
  public void markSourceDeleted(String teamId, long eventId) {
    jdbi.useHandle(h -> h.attach(TimelineDao.class).markSourceDeleted(teamId, eventId));
  }

  @Override
  public List<PendingMessage> awaitingMessage(int limit) {
    return dao(d -> d.awaitingMessage(limit)).stream()
        .map(
            r ->
                new PendingMessage(
                    r.teamId(), r.id(), new MessageRef(r.sourceChannelId(), r.sourceTs())))
        .toList();
  }

  @Override
  public boolean firstDelivery(String teamId, String eventId, Instant receivedAt) {
    return dao(d -> d.recordDelivery(teamId, eventId, receivedAt.toEpochMilli())) > 0;
  }

  private static TimelineEvent toEvent(TimelineDao.EventRow r) {
    return new TimelineEvent(
        r.id(),
        r.incidentId(),
        r.number(),
        Instant.ofEpochMilli(r.occurredAt()),
        Marker.valueOf(r.marker()),
        r.text(),
        r.authorId(),
        r.recordedBy(),
        EventSource.valueOf(r.source()),
        r.permalink(),
        Instant.ofEpochMilli(r.recordedAt()),
        r.sourceDeleted() != 0);
  }
}
