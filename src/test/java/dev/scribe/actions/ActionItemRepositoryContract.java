package dev.scribe.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ActionItemRepository} must do; the fake and the database run the same tests.
 */
public abstract class ActionItemRepositoryContract {

  private ActionItemRepository repo;
  private Incident one;
  private Incident two;
  private Incident otherTeam;

  protected abstract ActionItemRepository repository();

  /** Stores an incident the way the incident feature would, and returns it with its id. */
  protected abstract Incident incident(String teamId, String ownerId, IncidentStatus status);

  @BeforeEach
  void setUp() {
    repo = repository();
    one = incident("T1", "UBOSS", IncidentStatus.OPEN);
    two = incident("T1", null, IncidentStatus.RESOLVED);
    otherTeam = incident("T2", "UBOSS", IncidentStatus.OPEN);
  }

  private ActionItem add(Incident incident, String owner, String due) {
    return repo.add(
        incident.teamId(),
        new ActionDraft(
            incident.id(),
            "Do " + owner + " " + due,
            owner,
            due == null ? null : LocalDate.parse(due),
            Priority.HIGH,
            ActionKind.LONG_TERM,
            "https://t.example/1",
            "UREC",
            Instant.parse("2026-11-20T10:15:30.123Z")));
  }

  @Test
  void numbersItemsPerIncidentAndKeepsEveryField() {
    ActionItem first = add(one, "U1", "2026-12-01");
    ActionItem second = add(one, null, null);
    ActionItem elsewhere = add(two, "U1", "2026-12-01");
    assertThat(first.number()).isEqualTo(1);
    assertThat(second.number()).isEqualTo(2);
    assertThat(elsewhere.number()).isEqualTo(1);
    assertThat(repo.forIncident("T1", one.id())).containsExactly(first, second);
    assertThat(repo.byNumber("T1", one.id(), 1)).contains(first);
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-11-20T10:15:30.123Z"));
    assertThat(first.ticketUrl()).isEqualTo("https://t.example/1");
  }

  @Test
  void numbersAreNeverReused() {
    ActionItem first = add(one, "U1", null);
    repo.update("T1", close(first, ActionStatus.DROPPED));
    assertThat(add(one, "U1", null).number()).isEqualTo(2);
  }

  @Test
  void updatesTheChangeableFields() {
    ActionItem item = add(one, "U1", "2026-12-01");
    ActionItem changed =
        new ActionItem(
            item.id(),
            item.incidentId(),
            item.number(),
            "New text",
            "U2",
            LocalDate.parse("2026-12-24"),
            Priority.LOW,
            ActionKind.PROCESS,
            ActionStatus.DONE,
            null,
            item.createdBy(),
            item.createdAt(),
            Instant.parse("2026-11-25T00:00:00Z"),
            LocalDate.parse("2026-12-02"));
    repo.update("T1", changed);
    assertThat(repo.byId("T1", item.id()))
        .hasValueSatisfying(
            a -> {
              assertThat(a.item()).isEqualTo(changed);
              assertThat(a.incident().publicId()).isEqualTo(one.publicId());
              assertThat(a.incident().owner()).contains("UBOSS");
            });
  }

  @Test
  void everyQueryStaysInsideItsWorkspace() {
    ActionItem mine = add(otherTeam, "U1", "2026-11-01");
    assertThat(repo.byId("T1", mine.id())).isEmpty();
    assertThat(repo.forIncident("T1", otherTeam.id())).isEmpty();
    assertThat(repo.openOwnedBy("T1", "U1")).isEmpty();
    assertThat(repo.countOpen("T1")).isZero();
    repo.update("T1", close(mine, ActionStatus.DONE));
    assertThat(repo.byId("T2", mine.id()))
        .hasValueSatisfying(a -> assertThat(a.item().isOpen()).isTrue());
  }

  @Test
  void listsOpenItemsOfAnOwnerAcrossIncidentsEarliestDueFirst() {
    ActionItem late = add(one, "U1", "2026-12-10");
    ActionItem undated = add(one, "U1", null);
    ActionItem early = add(two, "U1", "2026-11-10");
    ActionItem done = add(two, "U1", "2026-11-01");
    repo.update("T1", close(done, ActionStatus.DONE));
    add(one, "U2", "2026-11-01");
    assertThat(repo.openOwnedBy("T1", "U1"))
        .extracting(IncidentAction::item)
        .containsExactly(early, late, undated);
  }

  @Test
  void findsOpenItemsDueBeforeADayAndTheirWorkspaces() {
    ActionItem overdue = add(one, "U1", "2026-11-20");
    add(one, "U1", "2026-11-24");
    add(two, null, null);
    ActionItem closedIncident = add(two, null, "2026-11-01");
    repo.update("T1", close(add(one, "U1", "2026-11-02"), ActionStatus.DONE));
    add(otherTeam, "U9", "2026-11-30");
    LocalDate day = LocalDate.parse("2026-11-24");
    assertThat(repo.openDueBeforeInAllWorkspaces(day))
        .extracting(a -> a.item().id())
        .containsExactlyInAnyOrder(overdue.id(), closedIncident.id());
    assertThat(repo.openDueBeforeInAllWorkspaces(LocalDate.parse("2026-12-01")))
        .extracting(IncidentAction::teamId)
        .containsOnly("T1", "T2")
        .contains("T2");
    assertThat(repo.teamsWithOpenItems()).containsExactly("T1", "T2");
    assertThat(repo.countOpen("T1")).isEqualTo(4);
  }

  private static ActionItem close(ActionItem i, ActionStatus status) {
    return new ActionItem(
        i.id(),
        i.incidentId(),
        i.number(),
        i.text(),
        i.ownerId(),
        i.dueDate(),
        i.priority(),
        i.kind(),
        status,
        i.ticketUrl(),
        i.createdBy(),
        i.createdAt(),
        Instant.parse("2026-11-22T00:00:00Z"),
        i.snoozedUntil());
  }
}
