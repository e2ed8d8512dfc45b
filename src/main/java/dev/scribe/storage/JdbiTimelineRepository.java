package dev.scribe.storage;

import dev.scribe.timeline.DeliveryLog;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.NewEvent;
import dev.scribe.timeline.TimelineEvent;
import dev.scribe.timeline.TimelineRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Timeline events, their revisions and reaction tags, and the Slack delivery log. */
public final class JdbiTimelineRepository implements TimelineRepository, DeliveryLog {

  // Adding an event runs for every capture, so in plain JDBC ({@link Jdbc} says why).
  private static final String NEXT_NUMBER =
      """
      UPDATE incidents SET last_event_number = last_event_number + 1
      WHERE team_id = ? AND id = ?
      RETURNING last_event_number
      """;

  private static final String INSERT_VALUES =
      """
      INSERT INTO timeline_events (team_id, incident_id, number, occurred_at, marker, text, author_id,
          recorded_by, source, source_channel_id, source_ts, permalink, recorded_at, enriched)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private static final String INSERT = INSERT_VALUES + " RETURNING id";

  // No conflict target: whichever unique index says the message is already captured (the partial
  // one on the message), nothing is written, on SQLite and PostgreSQL alike, and no row comes back.
  private static final String INSERT_UNLESS_CAPTURED =
      INSERT_VALUES + " ON CONFLICT DO NOTHING RETURNING id";

  private static final String GIVE_BACK_NUMBER =
      """
      UPDATE incidents SET last_event_number = last_event_number - 1
      WHERE team_id = ? AND id = ? AND last_event_number = ?
      """;

  private final Jdbi jdbi;
  private final Jdbc jdbc;
  private final SqlObjects.Attached<TimelineDao> dao;
  private final Map<EventSource, Counter> recorded = new EnumMap<>(EventSource.class);

  public JdbiTimelineRepository(Jdbi jdbi) {
    this(jdbi, new SimpleMeterRegistry());
  }

  /**
   * @param meters where stored events are counted ({@code scribe_events_recorded_total} by source)
   */
  public JdbiTimelineRepository(Jdbi jdbi, MeterRegistry meters) {
    this.jdbi = jdbi;
    this.jdbc = new Jdbc(jdbi);
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, TimelineDao.class);
    for (EventSource source : EventSource.values()) {
      recorded.put(
          source,
          Counter.builder("scribe.events.recorded")
              .description("Timeline events stored (counted once committed), by source")
              .tag("source", source.name().toLowerCase(Locale.ROOT))
              .register(meters));
    }
  }

  @Override
  public TimelineEvent add(String teamId, long incidentId, NewEvent e) {
    TimelineEvent event =
        jdbi.inTransaction(
            handle -> {
              int number = nextNumber(teamId, incidentId);
              long id =
                  jdbc.one(INSERT, bind(teamId, incidentId, number, e), row -> row.getLong(1));
              TimelineEvent added = asStored(id, incidentId, number, e);
              refreshMarkersFor(teamId, incidentId, e);
              return added;
            });
    AfterCommit.run(jdbi, recorded.get(e.source())::increment);
    return event;
  }

  /**
   * Stores the event under the incident's next number unless the incident already has a live event
   * quoting the same message: an upsert, so that people capturing one message at once never fail
   * (on PostgreSQL a unique violation would abort the whole transaction, and a look-then-insert
   * races). The number taken for an event not stored is given back: the incident's row stays locked
   * until commit (PostgreSQL), as does the database (SQLite), so no one took a later one.
   */
  @Override
  public Optional<TimelineEvent> addUnlessCaptured(String teamId, long incidentId, NewEvent e) {
    Optional<TimelineEvent> added =
        jdbi.inTransaction(
            handle -> {
              int number = nextNumber(teamId, incidentId);
              Optional<TimelineEvent> inserted =
                  jdbc.first(
                          INSERT_UNLESS_CAPTURED,
                          bind(teamId, incidentId, number, e),
                          row -> row.getLong(1))
                      .map(id -> asStored(id, incidentId, number, e));
              if (inserted.isEmpty()) {
                jdbc.update(
                    GIVE_BACK_NUMBER, p -> p.text(teamId).number(incidentId).number(number));
              } else {
                refreshMarkersFor(teamId, incidentId, e);
              }
              return inserted;
            });
    added.ifPresent(event -> AfterCommit.run(jdbi, recorded.get(e.source())::increment));
    return added;
  }

  private int nextNumber(String teamId, long incidentId) {
    return jdbc.one(NEXT_NUMBER, p -> p.text(teamId).number(incidentId), row -> row.getInt(1));
  }

  /**
   * The event as its new row holds it, without reading the row back: text as {@link TextWithoutNul}
   * stores it, instants to the millisecond, its message not deleted.
   */
  private static TimelineEvent asStored(long id, long incidentId, int number, NewEvent e) {
    return new TimelineEvent(
        id,
        incidentId,
        number,
        toMillis(e.occurredAt()),
        e.marker(),
        TextWithoutNul.clean(e.text()),
        cleanOrNull(e.authorId()),
        cleanOrNull(e.recordedBy()),
        e.source(),
        cleanOrNull(e.permalink()),
        toMillis(e.recordedAt()),
        false);
  }

  private static Instant toMillis(Instant at) {
    return Instant.ofEpochMilli(at.toEpochMilli());
  }

  private static String cleanOrNull(String text) {
    return text == null ? null : TextWithoutNul.clean(text);
  }

  private static Jdbc.Binder bind(String teamId, long incidentId, int number, NewEvent e) {
    return p ->
        p.text(teamId)
            .number(incidentId)
            .number(number)
            .instant(e.occurredAt())
            .name(e.marker())
            .text(e.text())
            .text(e.authorId())
            .text(e.recordedBy())
            .name(e.source())
            .text(e.sourceChannelId())
            .text(e.sourceTs())
            .text(e.permalink())
            .instant(e.recordedAt())
            .number(e.awaitingMessage() ? 0 : 1);
  }

  /** A new note cannot move a marker column; a new marker event can (skipped: one statement). */
  private void refreshMarkersFor(String teamId, long incidentId, NewEvent event) {
    if (!event.marker().isNote()) {
      dao.get().refreshMarkers(teamId, incidentId);
    }
  }

  @Override
  public void setPermalink(String teamId, long eventId, String permalink) {
    dao.get().setPermalink(teamId, eventId, permalink);
  }

  @Override
  public List<TimelineEvent> events(String teamId, long incidentId) {
    return dao.get().live(teamId, incidentId);
  }

  @Override
  public Optional<TimelineEvent> byNumber(String teamId, long incidentId, int number) {
    return dao.get().byNumber(teamId, incidentId, number);
  }

  @Override
  public TimelineEvent update(
      String teamId, TimelineEvent changed, String changedBy, String change, Instant at) {
    return dao.get().update(teamId, changed, changedBy, change, at).orElseThrow();
  }

  @Override
  public void delete(String teamId, long eventId, String deletedBy, String change, Instant at) {
    dao.get().delete(teamId, eventId, deletedBy, change, at);
  }

  @Override
  public Optional<TimelineEvent> forMessage(String teamId, long incidentId, MessageRef message) {
    return forMessage(teamId, message).stream()
        .filter(e -> e.incidentId() == incidentId)
        .findFirst();
  }

  @Override
  public List<TimelineEvent> forMessage(String teamId, MessageRef message) {
    return dao.get().forMessage(teamId, message.channelId(), message.ts());
  }

  @Override
  public boolean addTag(String teamId, long eventId, String userId, String reaction, Instant at) {
    return dao.get().addTag(teamId, eventId, userId, reaction, at) > 0;
  }

  @Override
  public int removeTag(String teamId, long eventId, String userId, String reaction) {
    return dao.get().removeTag(teamId, eventId, userId, reaction);
  }

  @Override
  public void attachMessage(
      String teamId, long eventId, String text, String authorId, String permalink) {
    dao.get().attachMessage(teamId, eventId, text, authorId, permalink);
  }

  @Override
  public void markSourceDeleted(String teamId, long eventId) {
    dao.get().markSourceDeleted(teamId, eventId);
  }

  @Override
  public List<PendingMessage> awaitingMessage(int limit) {
    return dao.get().awaitingMessage(limit).stream()
        .map(
            r ->
                new PendingMessage(
                    r.teamId(), r.id(), new MessageRef(r.sourceChannelId(), r.sourceTs())))
        .toList();
  }

  @Override
  public boolean firstDelivery(String teamId, String eventId, Instant receivedAt) {
    return dao.get().recordDelivery(teamId, eventId, receivedAt) > 0;
  }
}
