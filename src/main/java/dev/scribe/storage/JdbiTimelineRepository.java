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

  private final Jdbi jdbi;
  private final TimelineDao dao;
  private final Map<EventSource, Counter> recorded = new EnumMap<>(EventSource.class);

  public JdbiTimelineRepository(Jdbi jdbi) {
    this(jdbi, new SimpleMeterRegistry());
  }

  /**
   * @param meters where stored events are counted ({@code scribe_events_recorded_total} by source)
   */
  public JdbiTimelineRepository(Jdbi jdbi, MeterRegistry meters) {
    this.jdbi = jdbi;
    this.dao = SqlObjects.onDemand(jdbi, TimelineDao.class);
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
    TimelineEvent event = dao.add(teamId, incidentId, e);
    AfterCommit.run(jdbi, recorded.get(e.source())::increment);
    return event;
  }

  @Override
  public Optional<TimelineEvent> addUnlessCaptured(String teamId, long incidentId, NewEvent e) {
    Optional<TimelineEvent> added = dao.addUnlessCaptured(teamId, incidentId, e);
    added.ifPresent(event -> AfterCommit.run(jdbi, recorded.get(e.source())::increment));
    return added;
  }

  @Override
  public void setPermalink(String teamId, long eventId, String permalink) {
    dao.setPermalink(teamId, eventId, permalink);
  }

  @Override
  public List<TimelineEvent> events(String teamId, long incidentId) {
    return dao.live(teamId, incidentId);
  }

  @Override
  public Optional<TimelineEvent> byNumber(String teamId, long incidentId, int number) {
    return dao.byNumber(teamId, incidentId, number);
  }

  @Override
  public TimelineEvent update(
      String teamId, TimelineEvent changed, String changedBy, String change, Instant at) {
    return dao.update(teamId, changed, changedBy, change, at).orElseThrow();
  }

  @Override
  public void delete(String teamId, long eventId, String deletedBy, String change, Instant at) {
    dao.delete(teamId, eventId, deletedBy, change, at);
  }

  @Override
  public Optional<TimelineEvent> forMessage(String teamId, long incidentId, MessageRef message) {
    return forMessage(teamId, message).stream()
        .filter(e -> e.incidentId() == incidentId)
        .findFirst();
  }

  @Override
  public List<TimelineEvent> forMessage(String teamId, MessageRef message) {
    return dao.forMessage(teamId, message.channelId(), message.ts());
  }

  @Override
  public boolean addTag(String teamId, long eventId, String userId, String reaction, Instant at) {
    return dao.addTag(teamId, eventId, userId, reaction, at) > 0;
  }

  @Override
  public int removeTag(String teamId, long eventId, String userId, String reaction) {
    return dao.removeTag(teamId, eventId, userId, reaction);
  }

  @Override
  public void attachMessage(
      String teamId, long eventId, String text, String authorId, String permalink) {
    dao.attachMessage(teamId, eventId, text, authorId, permalink);
  }

  @Override
  public void markSourceDeleted(String teamId, long eventId) {
    dao.markSourceDeleted(teamId, eventId);
  }

  @Override
  public List<PendingMessage> awaitingMessage(int limit) {
    return dao.awaitingMessage(limit).stream()
        .map(
            r ->
                new PendingMessage(
                    r.teamId(), r.id(), new MessageRef(r.sourceChannelId(), r.sourceTs())))
        .toList();
  }

  @Override
  public boolean firstDelivery(String teamId, String eventId, Instant receivedAt) {
    return dao.recordDelivery(teamId, eventId, receivedAt) > 0;
  }
}
