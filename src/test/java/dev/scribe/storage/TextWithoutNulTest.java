package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.recording.IncidentService;
import dev.scribe.recording.TaggedMessageService;
import dev.scribe.recording.TimelineService;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.TimelineEvent;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule for NUL (U+0000) on both databases: stored as U+FFFD. PostgreSQL refuses NUL in text;
 * SQLite would keep it.
 */
class TextWithoutNulTest {

  static final String TEAM = "T1";
  static final String CHANNEL = "C1";
  static final String ALICE = "U_ALICE";

  SettableClock clock = SettableClock.at("2026-11-21T14:00:00Z");
  Database db;

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("sqlite", (Supplier<Database>) TestDatabases::sqlite),
        Arguments.of("postgresql", (Supplier<Database>) TestDatabases::postgres));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void nulBecomesTheReplacementCharacterInEveryTextStored(
      String name, Supplier<Database> database) {
    db = database.get();
    JdbiIncidentRepository incidentRepository = new JdbiIncidentRepository(db.jdbi());
    JdbiTimelineRepository events = new JdbiTimelineRepository(db.jdbi());
    JdbiTransactor tx = new JdbiTransactor(db.jdbi());
    IncidentService incidents = new IncidentService(incidentRepository, events, tx, clock);
    TimelineService timeline =
        new TimelineService(
            incidentRepository,
            events,
            incidents,
            new JdbiWorkspaceRules(db.jdbi()),
            new JdbiTypedCommands(db.jdbi()),
            tx,
            clock);
    TaggedMessageService tags =
        new TaggedMessageService(
            incidentRepository,
            events,
            events,
            incidents,
            new JdbiOutbox(db.jdbi(), new JsonPayloadCodec(), () -> {}),
            tx,
            clock);

    Incident incident = incidents.start(TEAM, CHANNEL, ALICE, "Check\u0000out", null);
    TimelineService.Recorded typed =
        timeline.record(
            TEAM, CHANNEL, ALICE, Optional.empty(), Optional.of(Marker.ACK), "paged\u0000 on-call");
    MessageRef message = new MessageRef(CHANNEL, "1795269600.000100");
    long tagged =
        tags.tag(TEAM, "Ev1", message, ALICE, "boom", Marker.IMPACT, true)
            .orElseThrow()
            .event()
            .id();
    tags.attachMessage(TEAM, tagged, message, "\u0000errors\u0000", "U0BOB", null);

    assertThat(incidentRepository.byId(TEAM, incident.id()).orElseThrow().title())
        .isEqualTo("Check\uFFFDout");
    assertThat(typed.event().text()).isEqualTo("paged\uFFFD on-call");
    assertThat(timeline.events(incident))
        .extracting(TimelineEvent::text)
        .contains("paged\uFFFD on-call", "\uFFFDerrors\uFFFD")
        .noneMatch(text -> text.indexOf('\u0000') >= 0);
  }
}
