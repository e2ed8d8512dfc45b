package dev.scribe.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.common.Transactor;
import dev.scribe.common.UserFacingException;
import dev.scribe.demo.SettableClock;
import dev.scribe.incident.FakeIncidentRepository;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.incident.Severity;
import dev.scribe.outbox.FakeOutbox;
import dev.scribe.outbox.OutboxState;
import dev.scribe.outbox.OutboxStore;
import dev.scribe.storage.Database;
import dev.scribe.storage.JdbiIncidentRepository;
import dev.scribe.storage.JdbiOutbox;
import dev.scribe.storage.JdbiTimelineRepository;
import dev.scribe.storage.JdbiTransactor;
import dev.scribe.storage.JdbiTypedCommands;
import dev.scribe.storage.JdbiWorkspaceRules;
import dev.scribe.storage.JsonPayloadCodec;
import dev.scribe.storage.TestDatabases;
import dev.scribe.timeline.DeliveryLog;
import dev.scribe.timeline.FakeTimelineRepository;
import dev.scribe.timeline.FakeTypedCommands;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.TimelineEvent;
import dev.scribe.timeline.TimelineRepository;
import dev.scribe.timeline.TypedCommands;
import dev.scribe.workspace.FakeWorkspaceRulesRepository;
import dev.scribe.workspace.WorkspaceRulesRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The incident and timeline services over in-memory repositories, which pass the same contract
 * tests as the databases; what only a database can show (a failed transaction writes nothing,
 * concurrent declarations race on its unique key) runs on SQLite and PostgreSQL.
 */
class TimelineServiceTest {

  static final String TEAM = "T1";
  static final String CHANNEL = "C1";
  static final String ALICE = "U_ALICE";

  SettableClock clock = SettableClock.at("2026-11-21T14:00:00Z");
  FakeTimelineRepository fakeTimeline = new FakeTimelineRepository();
  Database db;
  IncidentService incidents;
  TimelineService timeline;
  TaggedMessageService tags;
  IncidentFieldService fields;
  OutboxStore outbox;

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("sqlite", (Supplier<Database>) TestDatabases::sqlite),
        Arguments.of("postgresql", (Supplier<Database>) TestDatabases::postgres));
  }

  @BeforeEach
  void onFakes() {
    wire(
        new FakeIncidentRepository(),
        fakeTimeline,
        fakeTimeline,
        new FakeWorkspaceRulesRepository(),
        new FakeTypedCommands(fakeTimeline),
        new FakeOutbox(),
        Transactor.inline());
  }

  void open(Supplier<Database> database) {
    db = database.get();
    JdbiTimelineRepository events = new JdbiTimelineRepository(db.jdbi());
    wire(
        new JdbiIncidentRepository(db.jdbi()),
        events,
        events,
        new JdbiWorkspaceRules(db.jdbi()),
        new JdbiTypedCommands(db.jdbi()),
        new JdbiOutbox(db.jdbi(), new JsonPayloadCodec(), () -> {}),
        new JdbiTransactor(db.jdbi()));
  }

  void wire(
      IncidentRepository incidentRepository,
      TimelineRepository events,
      DeliveryLog deliveries,
      WorkspaceRulesRepository rules,
      TypedCommands typed,
      OutboxStore outbox,
      Transactor tx) {
    this.outbox = outbox;
    incidents = new IncidentService(incidentRepository, events, tx, clock);
    timeline = new TimelineService(incidentRepository, events, incidents, rules, typed, tx, clock);
    fields = new IncidentFieldService(incidentRepository, incidents, tx, clock);
    tags =
        new TaggedMessageService(
            incidentRepository, events, deliveries, incidents, outbox, tx, clock);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void startGivesYearlyIdsAndRefusesASecondOpenIncident() {
    Incident first = incidents.start(TEAM, CHANNEL, ALICE, "Checkout errors", Severity.SEV2);
    Incident other = incidents.start(TEAM, "C2", ALICE, "Search slow", null);

    assertThat(first.publicId()).isEqualTo("INC-2026-001");
    assertThat(other.publicId()).isEqualTo("INC-2026-002");
    assertThat(first.severity()).isEqualTo(Severity.SEV2);
    assertThatThrownBy(() -> incidents.start(TEAM, CHANNEL, ALICE, "Again", null))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("INC-2026-001 is already open");
    // Another workspace numbers its own incidents.
    assertThat(incidents.start("T2", CHANNEL, ALICE, "Theirs", null).publicId())
        .isEqualTo("INC-2026-001");
  }

  @Test
  void eventWithoutIncidentStartsOneAndT8ClosesIt() {
    TimelineService.Recorded first =
        timeline.record(
            TEAM,
            CHANNEL,
            ALICE,
            Optional.of(Instant.parse("2026-11-21T13:40:00Z")),
            Optional.of(Marker.IMPACT),
            "error rate climbs");
    TimelineService.Recorded second =
        timeline.record(
            TEAM, CHANNEL, ALICE, Optional.empty(), Optional.empty(), "looking at dashboards");

    assertThat(first.startedIncident()).isTrue();
    assertThat(second.startedIncident()).isFalse();
    assertThat(second.incident().id()).isEqualTo(first.incident().id());
    assertThat(second.event().occurredAt()).isEqualTo(clock.instant());
    assertThat(second.event().marker()).isEqualTo(Marker.NOTE);

    TimelineService.Recorded resolved =
        timeline.record(
            TEAM, CHANNEL, ALICE, Optional.empty(), Optional.of(Marker.RESOLVED), "all clear");
    assertThat(resolved.incident().isOpen()).isFalse();
    assertThat(incidents.open(TEAM, CHANNEL)).isEmpty();
  }

  @Test
  void typedCommandsAreForgottenOnlyOnceTheRetypeWindowIsPast() {
    incidents.start(TEAM, CHANNEL, ALICE, "Checkout errors", null);
    timeline.recordTyped(
        TEAM, CHANNEL, ALICE, "rolled back", Optional.empty(), Optional.empty(), "rolled back");
    clock.advance(Duration.ofMinutes(1));

    assertThat(timeline.forgetTypedCommands()).isZero();
    assertThat(
            timeline
                .recordTyped(
                    TEAM,
                    CHANNEL,
                    ALICE,
                    "rolled back",
                    Optional.empty(),
                    Optional.empty(),
                    "rolled back")
                .retyped())
        .isTrue();

    clock.advance(TimelineService.RETYPE_WINDOW);
    assertThat(timeline.forgetTypedCommands()).isEqualTo(1);
    assertThat(timeline.forgetTypedCommands()).isZero();
  }

  @Test
  void editAndDeleteKeepNumbersStableAndHistory() {
    incidents.start(TEAM, CHANNEL, ALICE, "Checkout errors", null);
    timeline.record(TEAM, CHANNEL, ALICE, Optional.empty(), Optional.empty(), "first");
    clock.advance(Duration.ofMinutes(1));
    timeline.record(TEAM, CHANNEL, ALICE, Optional.empty(), Optional.empty(), "second");

    TimelineEvent edited =
        timeline.edit(
            TEAM,
            CHANNEL,
            ALICE,
            2,
            Optional.of(Instant.parse("2026-11-21T13:00:00Z")),
            Optional.of(Marker.ACK),
            "");
    assertThat(edited.text()).isEqualTo("first");
    assertThat(edited.marker()).isEqualTo(Marker.ACK);
    timeline.delete(TEAM, CHANNEL, ALICE, 3);

    Incident incident = incidents.current(TEAM, CHANNEL);
    List<TimelineEvent> events = timeline.events(incident);
    assertThat(events).extracting(TimelineEvent::number).containsExactly(2, 1);
    assertThatThrownBy(() -> timeline.delete(TEAM, CHANNEL, ALICE, 3))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("no event #3");
    int revisions = fakeTimeline.revisions().size();
    assertThat(revisions).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aFailedCommandWritesNothing(String name, Supplier<Database> database) {
    open(database);
    incidents.start(TEAM, CHANNEL, ALICE, "Checkout errors", null);
    assertThatThrownBy(() -> fields.set(TEAM, CHANNEL, ALICE, IncidentField.SEVERITY, "sev9"))
        .isInstanceOf(UserFacingException.class);
    // The transaction that failed half-way must leave no event behind.
    JdbiTimelineRepository events = new JdbiTimelineRepository(db.jdbi());
    JdbiTransactor tx = new JdbiTransactor(db.jdbi());
    Incident incident = incidents.current(TEAM, CHANNEL);
    assertThatThrownBy(
            () ->
                tx.run(
                    () -> {
                      events.add(
                          TEAM,
                          incident.id(),
                          dev.scribe.timeline.NewEvent.typed(
                              clock.instant(), Marker.NOTE, "half", ALICE, clock.instant()));
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(timeline.events(incident))
        .extracting(TimelineEvent::text)
        .containsExactly("Incident declared: Checkout errors");
  }

  @Test
  void fieldsAndColumnsAreSetAndRemembered() {
    incidents.start(TEAM, CHANNEL, ALICE, "Checkout errors", null);
    assertThat(fields.set(TEAM, CHANNEL, ALICE, IncidentField.SUMMARY, "first words")).isEmpty();
    assertThat(fields.set(TEAM, CHANNEL, ALICE, IncidentField.SUMMARY, "better words"))
        .contains("first words");
    fields.set(TEAM, CHANNEL, ALICE, IncidentField.SEVERITY, "sev1");
    fields.set(TEAM, CHANNEL, ALICE, IncidentField.OWNER, "<@U0DANA|dana>");

    Incident incident = incidents.current(TEAM, CHANNEL);
    assertThat(incident.severity()).isEqualTo(Severity.SEV1);
    assertThat(incident.ownerId()).isEqualTo("U0DANA");
    assertThat(fields.fields(incident)).containsEntry(IncidentField.SUMMARY, "better words");
    assertThatThrownBy(() -> fields.set(TEAM, CHANNEL, ALICE, IncidentField.OWNER, "dana"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("@mention");
  }

  @Test
  void resolveAndReopenAndResolveAgain() {
    incidents.start(TEAM, CHANNEL, ALICE, "Checkout errors", null);
    IncidentService.Resolution resolution =
        incidents.resolve(TEAM, CHANNEL, ALICE, Optional.empty(), "");
    assertThat(resolution.incident().isOpen()).isFalse();
    assertThat(resolution.event().marker()).isEqualTo(Marker.RESOLVED);
    assertThatThrownBy(() -> incidents.resolve(TEAM, CHANNEL, ALICE, Optional.empty(), ""))
        .isInstanceOf(UserFacingException.class);

    clock.advance(Duration.ofHours(1));
    Incident reopened = incidents.reopen(TEAM, CHANNEL, ALICE);
    assertThat(reopened.isOpen()).isTrue();
    assertThat(reopened.publicId()).isEqualTo(resolution.incident().publicId());
    clock.advance(Duration.ofHours(1));
    incidents.resolve(TEAM, CHANNEL, ALICE, Optional.empty(), "really fixed");
    assertThat(incidents.current(TEAM, CHANNEL).resolvedAt()).isEqualTo(clock.instant());
  }

  @Test
  void aTaggedMessageIsOneEventWhateverTheRetriesAndTags() {
    incidents.start(TEAM, CHANNEL, ALICE, "Checkout errors", null);
    MessageRef message = new MessageRef(CHANNEL, "1763733480.123456");

    Optional<TaggedMessageService.Tagged> first =
        tags.tag(TEAM, "Ev1", message, ALICE, "eyes", Marker.ACK, true);
    Optional<TaggedMessageService.Tagged> retry =
        tags.tag(TEAM, "Ev1", message, ALICE, "eyes", Marker.ACK, true);
    Optional<TaggedMessageService.Tagged> second =
        tags.tag(TEAM, "Ev2", message, "U_BOB", "eyes", Marker.ACK, true);

    assertThat(first).get().extracting(TaggedMessageService.Tagged::created).isEqualTo(true);
    assertThat(retry).isEmpty();
    assertThat(second).get().extracting(TaggedMessageService.Tagged::created).isEqualTo(false);
    TimelineEvent event = first.get().event();
    // The tagger who put it on the timeline is owed one confirmation, stored with the tag.
    assertThat(outbox.depth())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(TagConfirmation.KIND.name());
              assertThat(d.state()).isEqualTo(OutboxState.PENDING);
              assertThat(d.count()).isEqualTo(1);
            });
    assertThat(outbox.find(TEAM, TagConfirmation.KIND, "event/" + event.id())).isPresent();
    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2025-11-21T13:58:00.123Z"));

    tags.attachMessage(TEAM, event.id(), message, "on-call acks", "U_CAROL", "https://x/p1");
    tags.messageEdited(TEAM, "Ev3", message, "on-call acks the page");
    Incident incident = incidents.current(TEAM, CHANNEL);
    assertThat(timeline.events(incident))
        .filteredOn(e -> e.number() == event.number())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.text()).isEqualTo("on-call acks the page");
              assertThat(e.authorId()).isEqualTo("U_CAROL");
            });

    tags.untag(TEAM, "Ev4", message, ALICE, "eyes");
    assertThat(timeline.events(incident)).hasSize(2);
    tags.untag(TEAM, "Ev5", message, "U_BOB", "eyes");
    assertThat(timeline.events(incident)).hasSize(1);
  }

  @Test
  void aTagWhoseAuthorSlackDidNotNameIsConfirmedOnlyOnceItsMessageIsKnownNotToBeScribes() {
    incidents.start(TEAM, CHANNEL, ALICE, "Checkout errors", null);
    MessageRef someones = new MessageRef(CHANNEL, "1763733480.123456");
    MessageRef scribes = new MessageRef(CHANNEL, "1763733490.000100");

    TimelineEvent event =
        tags.tag(TEAM, "Ev1", someones, ALICE, "eyes", Marker.ACK, false).orElseThrow().event();
    tags.tag(TEAM, "Ev2", scribes, ALICE, "white_check_mark", Marker.RESOLVED, false);
    assertThat(outbox.depth()).as("no note before the messages were read").isEmpty();

    tags.ownMessageTagged(TEAM, scribes, "U0SCRIBE");
    tags.attachMessage(TEAM, event.id(), someones, "on-call acks", "U_CAROL", "https://x/p1");
    tags.attachMessage(TEAM, event.id(), someones, "read twice", "U_CAROL", "https://x/p1");

    assertThat(outbox.depth()).singleElement().satisfies(d -> assertThat(d.count()).isEqualTo(1));
    assertThat(outbox.find(TEAM, TagConfirmation.KIND, "event/" + event.id()))
        .get()
        .satisfies(
            entry -> {
              TagConfirmation note =
                  new JsonPayloadCodec().decode(entry.payload(), TagConfirmation.class);
              assertThat(note.userId()).isEqualTo(ALICE);
              assertThat(note.eventNumber()).isEqualTo(event.number());
            });
  }

  @Test
  void reactionsOutsideIncidentChannelsAreIgnored() {
    incidents.start("T_OTHER", CHANNEL, ALICE, "Other workspace", null);
    assertThat(
            tags.tag(
                TEAM,
                "Ev1",
                new MessageRef(CHANNEL, "1763733480.123456"),
                ALICE,
                "eyes",
                Marker.ACK,
                true))
        .isEmpty();
  }

  @Test
  void aLateFetchNeverOverwritesNewerWords() {
    incidents.start(TEAM, CHANNEL, ALICE, "Checkout errors", null);
    MessageRef message = new MessageRef(CHANNEL, "1763733480.123456");
    TimelineEvent event =
        tags.tag(TEAM, "Ev1", message, ALICE, "eyes", Marker.ACK, true).orElseThrow().event();
    // The message was edited in Slack before the fetch of its first version came back.
    tags.messageEdited(TEAM, "Ev2", message, "on-call acks (edited)");
    tags.attachMessage(TEAM, event.id(), message, "on-call acks", "U0CAROL", "https://x/p1");
    tags.attachMessage(TEAM, event.id(), message, "stale again", "U0OTHER", "https://x/p2");

    TimelineEvent stored =
        timeline.events(incidents.current(TEAM, CHANNEL)).stream()
            .filter(e -> e.id() == event.id())
            .findFirst()
            .orElseThrow();
    assertThat(stored.text()).isEqualTo("on-call acks (edited)");
    assertThat(stored.authorId()).isEqualTo("U0CAROL");
    assertThat(stored.permalink()).isEqualTo("https://x/p1");
  }

  @Test
  void theResolutionTimeFollowsTheLatestT8() {
    incidents.start(TEAM, CHANNEL, ALICE, "Checkout errors", null);
    clock.advance(Duration.ofHours(1));
    IncidentService.Resolution resolution =
        incidents.resolve(TEAM, CHANNEL, ALICE, Optional.empty(), "");
    Instant earlier = Instant.parse("2026-11-21T14:30:00Z");

    timeline.edit(
        TEAM,
        CHANNEL,
        ALICE,
        resolution.event().number(),
        Optional.of(earlier),
        Optional.empty(),
        "");
    assertThat(incidents.current(TEAM, CHANNEL).resolvedAt()).isEqualTo(earlier);

    MessageRef later =
        new MessageRef(
            CHANNEL,
            String.valueOf(Instant.parse("2026-11-21T14:45:00Z").getEpochSecond()) + ".000100");
    tags.tag(TEAM, "Ev1", later, ALICE, "white_check_mark", Marker.RESOLVED, true);
    assertThat(incidents.current(TEAM, CHANNEL).resolvedAt())
        .isEqualTo(Instant.parse("2026-11-21T14:45:00Z"));

    tags.untag(TEAM, "Ev2", later, ALICE, "white_check_mark");
    assertThat(incidents.current(TEAM, CHANNEL).resolvedAt()).isEqualTo(earlier);
    assertThat(incidents.current(TEAM, CHANNEL).isOpen()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void respondersRecordingAtTheSameMomentShareOneIncident(String name, Supplier<Database> database)
      throws Exception {
    open(database);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<TimelineService.Recorded>> results =
        new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String text = "event " + i;
      results.add(
          pool.submit(
              () -> {
                go.await();
                return timeline.record(
                    TEAM, CHANNEL, "U" + text.hashCode(), Optional.empty(), Optional.empty(), text);
              }));
    }
    go.countDown();
    java.util.Set<Long> incidentIds = new java.util.HashSet<>();
    for (var result : results) {
      incidentIds.add(result.get().incident().id());
    }
    pool.shutdown();
    assertThat(incidentIds).hasSize(1);
    assertThat(timeline.events(incidents.current(TEAM, CHANNEL))).hasSize(8);
  }
}
