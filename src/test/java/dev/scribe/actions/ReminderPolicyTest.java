package dev.scribe.actions;

import static dev.scribe.actions.TestData.TEAM;
import static dev.scribe.actions.TestData.incident;
import static dev.scribe.actions.TestData.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.incident.Incident;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private final ReminderPolicy policy = new ReminderPolicy(ReminderSettings.defaults());

  @Test
  void dueTodayIsNotOverdueDueYesterdayIs() {
    LocalDate today = LocalDate.parse("2026-11-24");
    assertThat(ReminderPolicy.isOverdue(item(1, 1, "U1", today), today)).isFalse();
    assertThat(ReminderPolicy.isOverdue(item(1, 1, "U1", today.minusDays(1)), today)).isTrue();
    assertThat(ReminderPolicy.isOverdue(item(1, 1, "U1", null), today)).isFalse();
  }

  @Test
  void workingHoursInTheRecipientsOwnZone() {
    // Tuesday 2026-11-24 08:30 UTC = 09:30 Paris, 00:30 Los Angeles, 17:30 Tokyo.
    Instant now = Instant.parse("2026-11-24T08:30:00Z");
    assertThat(policy.isReminderTime(now, PARIS)).isTrue();
    assertThat(policy.isReminderTime(now, LA)).isFalse();
    assertThat(policy.isReminderTime(now, TOKYO)).isTrue();
    assertThat(policy.isReminderTime(Instant.parse("2026-11-24T09:30:00Z"), TOKYO)).isFalse();
    // Saturday morning in Paris
    assertThat(policy.isReminderTime(Instant.parse("2026-11-28T08:30:00Z"), PARIS)).isFalse();
  }

  @Test
  void theSameItemIsOverdueInOneZoneAndNotYetInAnother() {
    // 2026-11-24 05:00 UTC: already Tuesday in Tokyo (14:00), still Monday in LA (21:00).
    Instant now = Instant.parse("2026-11-24T05:00:00Z");
    Incident inc = incident(1, "UBOSS");
    List<IncidentAction> items =
        List.of(
            new IncidentAction(inc, item(1, 1, "UTOKYO", LocalDate.parse("2026-11-23"))),
            new IncidentAction(inc, item(2, 1, "ULA", LocalDate.parse("2026-11-23"))));
    Map<String, ZoneId> zones = Map.of("UTOKYO", TOKYO, "ULA", LA, "UBOSS", PARIS);
    List<ReminderPolicy.Planned> planned = policy.plan(now, TEAM, items, zones::get);
    assertThat(planned).extracting(p -> p.key().recipientId()).containsExactly("UTOKYO");
    assertThat(planned.get(0).key().period()).isEqualTo(LocalDate.parse("2026-11-24"));
  }

  @Test
  void oneReminderPerRecipientListingAllTheirItemsAcrossIncidents() {
    Instant now = Instant.parse("2026-11-24T09:00:00Z");
    LocalDate due = LocalDate.parse("2026-11-20");
    List<IncidentAction> items =
        List.of(
            new IncidentAction(incident(1, "UBOSS"), item(1, 1, "U1", due)),
            new IncidentAction(incident(2, "UBOSS"), item(2, 2, "U1", due.minusDays(1))),
            new IncidentAction(incident(2, "UBOSS"), item(3, 2, null, due)));
    List<ReminderPolicy.Planned> planned = policy.plan(now, TEAM, items, u -> ZoneId.of("UTC"));
    assertThat(planned).hasSize(2);
    assertThat(planned.get(0).key().recipientId()).isEqualTo("U1");
    assertThat(planned.get(0).items()).extracting(a -> a.item().id()).containsExactly(2L, 1L);
    // No owner: the incident owner is reminded instead.
    assertThat(planned.get(1).key().recipientId()).isEqualTo("UBOSS");
    assertThat(planned.get(1).key().kind()).isEqualTo(ReminderKind.REMINDER);
  }

  @Test
  void escalatesToTheIncidentOwnerAfterTheConfiguredTime() {
    Instant now = Instant.parse("2026-11-24T09:00:00Z");
    Incident inc = incident(1, "UBOSS");
    List<IncidentAction> items =
        List.of(
            new IncidentAction(inc, item(1, 1, "U1", LocalDate.parse("2026-11-17"))),
            new IncidentAction(inc, item(2, 1, "U1", LocalDate.parse("2026-11-18"))));
    List<ReminderPolicy.Planned> planned = policy.plan(now, TEAM, items, u -> ZoneId.of("UTC"));
    assertThat(planned)
        .extracting(p -> p.key().kind())
        .containsExactly(ReminderKind.REMINDER, ReminderKind.ESCALATION);
    ReminderPolicy.Planned escalation = planned.get(1);
    assertThat(escalation.key().recipientId()).isEqualTo("UBOSS");
    assertThat(escalation.items()).extracting(a -> a.item().id()).containsExactly(1L);
  }

  @Test
  void noEscalationToSomeoneAlreadyReminded() {
    Instant now = Instant.parse("2026-11-24T09:00:00Z");
    IncidentAction own =
        new IncidentAction(
            incident(1, "UBOSS"), item(1, 1, "UBOSS", LocalDate.parse("2026-11-01")));
    assertThat(policy.plan(now, TEAM, List.of(own), u -> ZoneId.of("UTC")))
        .extracting(p -> p.key().kind())
        .containsExactly(ReminderKind.REMINDER);
  }

  @Test
  void snoozedItemsWaitForTheirDay() {
    LocalDate today = LocalDate.parse("2026-11-24");
    ActionItem i = item(1, 1, "U1", today.minusDays(3));
    ActionItem snoozed =
        new ActionItem(
            i.id(),
            i.incidentId(),
            i.number(),
            i.text(),
            i.ownerId(),
            i.dueDate(),
            i.priority(),
            i.kind(),
            i.status(),
            null,
            i.createdBy(),
            i.createdAt(),
            null,
            today.plusDays(1));
    assertThat(ReminderPolicy.isSnoozed(snoozed, today)).isTrue();
    assertThat(ReminderPolicy.isSnoozed(snoozed, today.plusDays(1))).isFalse();
  }
}
