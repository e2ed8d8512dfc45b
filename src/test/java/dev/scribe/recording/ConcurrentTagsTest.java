package dev.scribe.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.storage.Database;
import dev.scribe.storage.JdbiIncidentRepository;
import dev.scribe.storage.JdbiOutbox;
import dev.scribe.storage.JdbiTimelineRepository;
import dev.scribe.storage.JdbiTransactor;
import dev.scribe.storage.JdbiTypedCommands;
import dev.scribe.storage.JdbiWorkspaceRules;
import dev.scribe.storage.JsonPayloadCodec;
import dev.scribe.storage.TestDatabases;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Many people tagging one message at the same moment: one event, every tag recorded, no error, no
 * event number lost. SQLite serializes writers; PostgreSQL runs them at once, where a
 * look-then-insert fails on the one-live-event-per-message index.
 */
class ConcurrentTagsTest {

  static final String TEAM = "T1";
  static final String CHANNEL = "C1";
  static final int TAGGERS = 24;

  SettableClock clock = SettableClock.at("2026-11-21T14:00:00Z");
  Database db;
  IncidentService incidents;
  TimelineService timeline;
  TaggedMessageService tags;

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("sqlite", (Supplier<Database>) TestDatabases::sqlite),
        Arguments.of("postgresql", (Supplier<Database>) TestDatabases::postgres));
  }

  void open(Supplier<Database> database) {
    db = database.get();
    JdbiIncidentRepository incidentRepository = new JdbiIncidentRepository(db.jdbi());
    JdbiTimelineRepository events = new JdbiTimelineRepository(db.jdbi());
    JdbiTransactor tx = new JdbiTransactor(db.jdbi());
    incidents = new IncidentService(incidentRepository, events, tx, clock);
    timeline =
        new TimelineService(
            incidentRepository,
            events,
            incidents,
            new JdbiWorkspaceRules(db.jdbi()),
            new JdbiTypedCommands(db.jdbi()),
            tx,
            clock);
    tags =
        new TaggedMessageService(
            incidentRepository,
            events,
            events,
            incidents,
            new JdbiOutbox(db.jdbi(), new JsonPayloadCodec(), () -> {}),
            tx,
            clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void manyPeopleTaggingOneMessageAtOnceMakeOneEventWithEveryTag(
      String name, Supplier<Database> database) throws Exception {
    open(database);
    Incident incident = incidents.start(TEAM, CHANNEL, "U0LEAD", "Checkout errors", null);
    MessageRef message = new MessageRef(CHANNEL, "1795269600.000100");

    ExecutorService pool = Executors.newFixedThreadPool(TAGGERS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Optional<TaggedMessageService.Tagged>>> results = new ArrayList<>();
    for (int i = 0; i < TAGGERS; i++) {
      String user = "U0TAGGER" + i;
      String delivery = "Ev" + i;
      results.add(
          pool.submit(
              () -> {
                go.await();
                return tags.tag(TEAM, delivery, message, user, "eyes", Marker.ACK, true);
              }));
    }
    go.countDown();
    List<TaggedMessageService.Tagged> tagged = new ArrayList<>();
    for (Future<Optional<TaggedMessageService.Tagged>> result : results) {
      tagged.add(result.get().orElseThrow());
    }
    pool.shutdown();

    assertThat(tagged).filteredOn(TaggedMessageService.Tagged::created).hasSize(1);
    assertThat(tagged).extracting(t -> t.event().id()).containsOnly(tagged.get(0).event().id());
    List<TimelineEvent> events = timeline.events(incident);
    assertThat(events).filteredOn(e -> e.marker() == Marker.ACK).hasSize(1);
    assertThat(tagCount(tagged.get(0).event().id())).isEqualTo(TAGGERS);

    // No number was used up by the tags that found the event already there: #1 is the
    // declaration, #2 the tagged message, so the next event is #3.
    TimelineService.Recorded next =
        timeline.record(TEAM, CHANNEL, "U0LEAD", Optional.empty(), Optional.empty(), "next");
    assertThat(next.event().number()).isEqualTo(3);
  }

  private int tagCount(long eventId) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM reaction_tags WHERE event_id = :id")
                    .bind("id", eventId)
                    .mapTo(Integer.class)
                    .one());
  }
}
