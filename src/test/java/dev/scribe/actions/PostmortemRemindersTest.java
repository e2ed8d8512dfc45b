package dev.scribe.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.common.Transactor;
import dev.scribe.demo.SettableClock;
import dev.scribe.outbox.FakeOutbox;
import dev.scribe.outbox.OutboxDelivery;
import dev.scribe.storage.JsonPayloadCodec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Post-mortem-due reminders in the sweep: the facilitator (else the owner, else who declared it)
 * told once per due day, as one more kind the sweep plans into the outbox, at their reminder time;
 * the payload goes through the outbox's JSON codec as it would in production.
 */
class PostmortemRemindersTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  // Tuesday 2026-11-24, 09:05 in Paris.
  final SettableClock clock = SettableClock.at("2026-11-24T08:05:00Z");
  final FakeActionItemRepository items = new FakeActionItemRepository();
  final FakeOutbox outbox = new FakeOutbox();
  final FakeReminderNotifier slack = new FakeReminderNotifier();
  final FakeUserDirectory users =
      new FakeUserDirectory()
          .with("UKIM", "Europe/Paris")
          .with("UOWNER", "Europe/Paris")
          .with("UDECL", "Europe/Paris")
          .with("ULA", "America/Los_Angeles");
  final List<DuePostmortem> late = new ArrayList<>();
  final ReminderPolicy policy = new ReminderPolicy(ReminderSettings.defaults());

  /** One sweep, then what the outbox delivers: how many reminders went out. */
  int sweep() {
    new ReminderSweep(
            items,
            since -> late.stream().filter(p -> !p.resolvedAt().isBefore(since)).toList(),
            outbox,
            Transactor.inline(),
            users,
            ReminderSettings.defaults(),
            clock)
        .run();
    return new OutboxDelivery(
            outbox,
            List.of(new ReminderSender(items, slack, clock)),
            new JsonPayloadCodec(),
            Transactor.inline(),
            clock)
        .deliverDue()
        .sent();
  }

  static DuePostmortem resolved(
      long id, String resolvedAt, String facilitator, String owner, int dueDays) {
    return new DuePostmortem(
        "T1",
        id,
        "INC-2026-00" + id,
        "C" + id,
        "Outage " + id,
        Instant.parse(resolvedAt),
        facilitator,
        owner,
        "UDECL",
        dueDays);
  }

  @Test
  void theFacilitatorIsToldOnceWhenItIsDueNotBeforeAndNotAgain() {
    late.add(resolved(1, "2026-11-19T08:00:00Z", "UKIM", "UOWNER", 5)); // due today 09:00 Paris
    late.add(resolved(2, "2026-11-20T08:00:00Z", "UKIM", "UOWNER", 5)); // due tomorrow

    assertThat(sweep()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(15));
    assertThat(sweep()).isZero();
    assertThat(slack.deliveredTo("UKIM"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(ReminderKind.POSTMORTEM_DUE);
              assertThat(m.key().period()).isEqualTo(LocalDate.parse("2026-11-24"));
              assertThat(m.postmortems()).extracting(DuePostmortem::incidentId).containsExactly(1L);
            });

    clock.advance(Duration.ofDays(1));
    sweep();
    clock.advance(Duration.ofDays(1));
    sweep();
    assertThat(slack.deliveredTo("UKIM"))
        .extracting(m -> m.postmortems().get(0).incidentId())
        .containsExactly(1L, 2L);
  }

  @Test
  void aPostMortemThatBecameFinalIsNotReminded() {
    late.add(resolved(1, "2026-11-19T08:00:00Z", "UKIM", null, 5));
    late.clear(); // Final: the store no longer returns it
    assertThat(sweep()).isZero();
  }

  @Test
  void withoutAFacilitatorTheOwnerElseTheDeclarer() {
    assertThat(resolved(1, "2026-11-19T08:00:00Z", null, "UOWNER", 5).recipient())
        .isEqualTo("UOWNER");
    assertThat(resolved(1, "2026-11-19T08:00:00Z", null, null, 5).recipient()).isEqualTo("UDECL");
    // A facilitator written as text before people were stored as ids cannot be messaged.
    assertThat(resolved(1, "2026-11-19T08:00:00Z", "kim from payments", "UOWNER", 5).recipient())
        .isEqualTo("UOWNER");
  }

  @Test
  void waitsForTheRecipientsWorkingHoursAndKeepsTheDueDayAsItsPeriod() {
    late.add(resolved(1, "2026-11-18T20:00:00Z", "ULA", null, 5)); // due 2026-11-23 12:00 in LA
    assertThat(sweep()).isZero(); // 00:05 in Los Angeles
    clock.set(Instant.parse("2026-11-24T17:00:00Z")); // 09:00 in Los Angeles
    assertThat(sweep()).isEqualTo(1);
    assertThat(slack.deliveredTo("ULA").get(0).key().period())
        .isEqualTo(LocalDate.parse("2026-11-23"));
  }

  @Test
  void offMeansNeverAndAWeekLateMeansTooLate() {
    late.add(resolved(1, "2026-11-19T08:00:00Z", "UKIM", null, 0));
    late.add(resolved(2, "2026-11-10T08:00:00Z", "UKIM", null, 5)); // due 2026-11-15, 9 days ago
    late.add(resolved(3, "2026-11-12T08:00:00Z", "UKIM", null, 5)); // due 2026-11-17, 7 days ago
    List<ReminderPolicy.Planned> plan =
        policy.planPostmortems(clock.instant(), "T1", late, user -> PARIS);
    assertThat(plan)
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.postmortems())
                    .extracting(DuePostmortem::incidentId)
                    .containsExactly(3L));
  }

  @Test
  void twoPostMortemsDueTheSameDayMakeOneMessage() {
    late.add(resolved(1, "2026-11-19T07:00:00Z", "UKIM", null, 5));
    late.add(resolved(2, "2026-11-19T07:30:00Z", null, "UKIM", 5));
    List<ReminderPolicy.Planned> plan =
        policy.planPostmortems(clock.instant(), "T1", late, user -> PARIS);
    assertThat(plan).singleElement().satisfies(p -> assertThat(p.postmortems()).hasSize(2));
  }
}
