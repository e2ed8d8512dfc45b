package dev.scribe.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.storage.Database;
import dev.scribe.storage.JdbiIncidentRepository;
import dev.scribe.storage.JdbiTimelineRepository;
import dev.scribe.storage.JdbiTransactor;
import dev.scribe.storage.JdbiTypedCommands;
import dev.scribe.storage.JdbiWorkspaceRules;
import dev.scribe.storage.TestDatabases;
import dev.scribe.timeline.Marker;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events typed after a resolution join the resolved incident while its resolution is recent (the
 * workspace's late-event window, 24 h unless changed), as reactions do; later ones, or any after
 * the window is set to zero, start a new incident. SQLite and PostgreSQL.
 */
class LateEventsTest {

  static final String TEAM = "T1";
  static final String CHANNEL = "C1";
  static final String ALICE = "U_ALICE";

  SettableClock clock = SettableClock.at("2026-11-21T14:00:00Z");
  Database db;
  IncidentService incidents;
  TimelineService timeline;
  JdbiWorkspaceRules rules;

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
    rules = new JdbiWorkspaceRules(db.jdbi());
    incidents = new IncidentService(incidentRepository, events, tx, clock);
    timeline =
        new TimelineService(
            incidentRepository,
            events,
            incidents,
            rules,
            new JdbiTypedCommands(db.jdbi()),
            tx,
            clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  TimelineService.Recorded note(String text) {
    return timeline.record(TEAM, CHANNEL, ALICE, Optional.empty(), Optional.empty(), text);
  }

  Incident resolvedIncident() {
    Incident incident = incidents.start(TEAM, CHANNEL, ALICE, "Checkout errors", null);
    clock.advance(Duration.ofHours(1));
    incidents.resolve(TEAM, CHANNEL, ALICE, Optional.empty(), "");
    return incident;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aNoteTypedHoursAfterTheResolutionJoinsTheResolvedIncident(
      String name, Supplier<Database> database) {
    open(database);
    Incident incident = resolvedIncident();
    Instant resolvedAt = incidents.current(TEAM, CHANNEL).resolvedAt();
    clock.advance(Duration.ofHours(3));

    TimelineService.Recorded late = note("permanent fix rolled out");

    assertThat(late.incident().id()).isEqualTo(incident.id());
    assertThat(late.afterResolution()).isTrue();
    assertThat(late.startedIncident()).isFalse();
    assertThat(late.incident().isOpen()).isFalse();
    assertThat(incidents.current(TEAM, CHANNEL).resolvedAt()).isEqualTo(resolvedAt);
    assertThat(timeline.events(incident))
        .extracting(e -> e.text())
        .contains("permanent fix rolled out");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void afterTheWindowANoteStartsANewIncident(String name, Supplier<Database> database) {
    open(database);
    Incident old = resolvedIncident();
    clock.advance(Duration.ofHours(24));

    TimelineService.Recorded next = note("errors again");

    assertThat(next.startedIncident()).isTrue();
    assertThat(next.afterResolution()).isFalse();
    assertThat(next.incident().id()).isNotEqualTo(old.id());
    assertThat(next.incident().isOpen()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theWindowCountsFromWhenTheResolutionWasRecordedNotTheTimeItRecords(
      String name, Supplier<Database> database) {
    open(database);
    Incident incident = incidents.start(TEAM, CHANNEL, ALICE, "Checkout errors", null);
    clock.advance(Duration.ofHours(12));
    // Resolved at 02:00 (12 h ago), recorded now at 02:00 + 12 h.
    incidents.resolve(
        TEAM, CHANNEL, ALICE, Optional.of(clock.instant().minus(Duration.ofHours(12))), "");
    clock.advance(Duration.ofHours(20));

    assertThat(note("late note").incident().id()).isEqualTo(incident.id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aWorkspaceCanTurnTheWindowOff(String name, Supplier<Database> database) {
    open(database);
    Incident old = resolvedIncident();
    rules.setLateEventWindow(TEAM, Duration.ZERO, ALICE, clock.instant());
    clock.advance(Duration.ofMinutes(5));

    assertThat(note("new trouble").incident().id()).isNotEqualTo(old.id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aLateT8KeepsTheLatestT8RuleAndTheIncidentResolved(String name, Supplier<Database> database) {
    open(database);
    Incident incident = resolvedIncident();
    Instant resolvedAt = incidents.current(TEAM, CHANNEL).resolvedAt();
    clock.advance(Duration.ofHours(2));

    TimelineService.Recorded earlier =
        timeline.record(
            TEAM,
            CHANNEL,
            ALICE,
            Optional.of(resolvedAt.minus(Duration.ofMinutes(30))),
            Optional.of(Marker.RESOLVED),
            "actually resolved earlier");
    assertThat(earlier.incident().id()).isEqualTo(incident.id());
    assertThat(incidents.current(TEAM, CHANNEL).resolvedAt()).isEqualTo(resolvedAt);

    TimelineService.Recorded later =
        timeline.record(
            TEAM,
            CHANNEL,
            ALICE,
            Optional.empty(),
            Optional.of(Marker.RESOLVED),
            "closed for good");
    assertThat(later.incident().resolvedAt()).isEqualTo(clock.instant());
    assertThat(incidents.current(TEAM, CHANNEL).resolvedAt()).isEqualTo(clock.instant());
    assertThat(incidents.current(TEAM, CHANNEL).isOpen()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void afterAReopenAndASecondResolutionTheWindowCountsFromTheSecond(
      String name, Supplier<Database> database) {
    open(database);
    Incident incident = resolvedIncident();
    clock.advance(Duration.ofHours(20));
    incidents.reopen(TEAM, CHANNEL, ALICE);
    clock.advance(Duration.ofHours(1));
    incidents.resolve(TEAM, CHANNEL, ALICE, Optional.empty(), "");
    clock.advance(Duration.ofHours(10));

    assertThat(note("follow-up").incident().id()).isEqualTo(incident.id());
  }
}
