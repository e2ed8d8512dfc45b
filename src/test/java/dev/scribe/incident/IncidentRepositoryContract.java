package dev.scribe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IncidentRepository} must do; the fake and the databases run the same tests. */
public abstract class IncidentRepositoryContract {

  static final Instant DECLARED = Instant.parse("2026-11-21T14:00:00.123Z");

  private IncidentRepository repo;

  protected abstract IncidentRepository repository();

  /** The incident's history, oldest first, each as "name: old → new by user at instant". */
  protected abstract List<String> history(String teamId, long incidentId);

  @BeforeEach
  void setUp() {
    repo = repository();
  }

  private Incident declare(String teamId, String channelId, Instant at) {
    return repo.create(new NewIncident(teamId, channelId, "Title", Severity.SEV2, "UDECL", at));
  }

  @Test
  void openIncidentsComeNewestFirstThenTheRecentlyResolved() {
    Incident older = declare("T1", "C1", DECLARED);
    Incident newer = declare("T1", "C2", DECLARED.plusSeconds(60));
    Incident resolvedLate =
        repo.save(declare("T1", "C3", DECLARED).resolvedAt(DECLARED.plusSeconds(900)));
    Incident resolvedEarly =
        repo.save(declare("T1", "C4", DECLARED).resolvedAt(DECLARED.plusSeconds(600)));
    repo.save(declare("T1", "C5", DECLARED).resolvedAt(DECLARED.plusSeconds(10)));
    declare("T2", "C6", DECLARED.plusSeconds(120));

    List<Incident> offered = repo.openOrResolvedSince("T1", DECLARED.plusSeconds(300), 10);

    assertThat(offered)
        .extracting(Incident::id)
        .containsExactly(newer.id(), older.id(), resolvedLate.id(), resolvedEarly.id());
    assertThat(repo.openOrResolvedSince("T1", DECLARED.plusSeconds(300), 3))
        .extracting(Incident::id)
        .containsExactly(newer.id(), older.id(), resolvedLate.id());
  }

  @Test
  void declaresWithYearlyPublicIdsPerWorkspaceAndKeepsEveryField() {
    Incident first = declare("T1", "C1", DECLARED);
    Incident second = declare("T1", "C2", DECLARED);
    Incident nextYear = declare("T1", "C3", Instant.parse("2027-01-01T00:00:00Z"));
    Incident theirs = declare("T2", "C1", DECLARED);

    assertThat(first.publicId()).isEqualTo("INC-2026-001");
    assertThat(second.publicId()).isEqualTo("INC-2026-002");
    assertThat(nextYear.publicId()).isEqualTo("INC-2027-001");
    assertThat(theirs.publicId()).isEqualTo("INC-2026-001");
    assertThat(first)
        .isEqualTo(
            new Incident(
                first.id(),
                "T1",
                "C1",
                "INC-2026-001",
                "Title",
                Severity.SEV2,
                IncidentStatus.OPEN,
                null,
                "UDECL",
                DECLARED,
                null));
    assertThat(repo.byId("T1", first.id())).contains(first);
    assertThat(repo.byPublicId("T1", "INC-2026-002")).contains(second);
    assertThat(List.of(first.id(), second.id(), nextYear.id(), theirs.id()))
        .doesNotHaveDuplicates();
  }

  @Test
  void keepsInstantsToTheMillisecond() {
    Incident stored = declare("T1", "C1", Instant.parse("2026-11-21T14:00:00.123456789Z"));
    assertThat(stored.declaredAt()).isEqualTo(Instant.parse("2026-11-21T14:00:00.123Z"));
    assertThat(repo.byId("T1", stored.id()).orElseThrow().declaredAt())
        .isEqualTo(stored.declaredAt());
  }

  @Test
  void keepsEverySeverityAndNone() {
    for (Severity severity : Severity.values()) {
      Incident stored =
          repo.create(new NewIncident("T1", "C" + severity, "t", severity, "U", DECLARED));
      assertThat(repo.byId("T1", stored.id()).orElseThrow().severity()).isEqualTo(severity);
    }
    Incident none = repo.create(new NewIncident("T1", "CX", "t", null, "U", DECLARED));
    assertThat(repo.byId("T1", none.id()).orElseThrow().severityIfSet()).isEmpty();
  }

  @Test
  void aChannelHasAtMostOneOpenIncident() {
    Incident first = declare("T1", "C1", DECLARED);
    assertThatThrownBy(() -> declare("T1", "C1", DECLARED))
        .isInstanceOf(IncidentRepository.AlreadyOpenException.class);
    assertThat(declare("T2", "C1", DECLARED).isOpen()).isTrue(); // another workspace's channel

    repo.save(first.resolvedAt(DECLARED.plusSeconds(60)));
    Incident second = declare("T1", "C1", DECLARED.plusSeconds(120));
    assertThat(second.publicId()).isEqualTo("INC-2026-002");
    assertThat(repo.openIn("T1", "C1")).contains(second);
  }

  @Test
  void findsTheOpenAndTheLatestIncidentOfAChannel() {
    assertThat(repo.openIn("T1", "C1")).isEmpty();
    assertThat(repo.latestIn("T1", "C1")).isEmpty();
    Incident first = declare("T1", "C1", DECLARED);
    Incident resolved = repo.save(first.resolvedAt(DECLARED.plusSeconds(60)));
    assertThat(repo.openIn("T1", "C1")).isEmpty();
    assertThat(repo.latestIn("T1", "C1")).contains(resolved);

    Incident second = declare("T1", "C1", DECLARED.plusSeconds(120));
    assertThat(repo.latestIn("T1", "C1")).contains(second);
  }

  @Test
  void namesTheWorkspacesThatHaveAnIncidentInAChannelOfThatId() {
    declare("T2", "C1", DECLARED);
    declare("T1", "C1", DECLARED);
    declare("T1", "C2", DECLARED);

    assertThat(repo.teamsWithChannel("C1")).containsExactly("T1", "T2");
    assertThat(repo.teamsWithChannel("C2")).containsExactly("T1");
    assertThat(repo.teamsWithChannel("C9")).isEmpty();
  }

  @Test
  void listsAWorkspacesIncidentsNewestFirst() {
    Incident a = declare("T1", "C1", DECLARED);
    Incident b = declare("T1", "C2", DECLARED);
    Incident c = declare("T1", "C3", DECLARED);
    declare("T2", "C4", DECLARED);
    assertThat(repo.list("T1", 10)).containsExactly(c, b, a);
    assertThat(repo.list("T1", 2)).containsExactly(c, b);
  }

  @Test
  void savesTitleSeverityStatusOwnerAndResolutionOnly() {
    Incident stored = declare("T1", "C1", DECLARED);
    Instant resolvedAt = Instant.parse("2026-11-21T15:00:00.456Z");
    Incident changed =
        new Incident(
            stored.id(),
            "T1",
            "C-OTHER",
            "INC-1999-999",
            "New title",
            Severity.SEV1,
            IncidentStatus.RESOLVED,
            "UOWNER",
            "USOMEONE",
            DECLARED.plusSeconds(999),
            resolvedAt);

    Incident saved = repo.save(changed);

    Incident expected =
        new Incident(
            stored.id(),
            "T1",
            "C1",
            "INC-2026-001",
            "New title",
            Severity.SEV1,
            IncidentStatus.RESOLVED,
            "UOWNER",
            "UDECL",
            DECLARED,
            resolvedAt);
    assertThat(saved).isEqualTo(expected);
    assertThat(repo.byId("T1", stored.id())).contains(expected);
    assertThat(repo.save(saved.reopened()).resolvedAt()).isNull();
  }

  @Test
  void knowsWhenAnIncidentWasLastResolvedAsRecorded() {
    Incident incident = declare("T1", "C1", DECLARED);
    assertThat(repo.resolutionRecordedAt("T1", incident.id())).isEmpty();
    Instant first = DECLARED.plusSeconds(3600);
    Instant second = DECLARED.plusSeconds(7200);
    repo.recordChange("T1", incident.id(), "status", "OPEN", "RESOLVED", "U1", first);
    repo.recordChange(
        "T1", incident.id(), "status", "RESOLVED", "OPEN", "U1", first.plusSeconds(9));
    repo.recordChange("T1", incident.id(), "title", "a", "b", "U1", second.plusSeconds(9));
    repo.recordChange("T1", incident.id(), "status", "OPEN", "RESOLVED", "U1", second);

    assertThat(repo.resolutionRecordedAt("T1", incident.id())).contains(second);
    assertThat(repo.resolutionRecordedAt("T2", incident.id())).isEmpty();
  }

  @Test
  void fieldsAreSetReplacedAndClearedWithTheirHistory() {
    Incident incident = declare("T1", "C1", DECLARED);
    long id = incident.id();
    repo.putField("T1", id, IncidentField.SUMMARY, "first", "U1", DECLARED);
    repo.putField("T1", id, IncidentField.ROOT_CAUSE, "config", "U1", DECLARED);
    repo.putField("T1", id, IncidentField.SUMMARY, "second", "U2", DECLARED.plusSeconds(1));
    repo.putField("T1", id, IncidentField.ROOT_CAUSE, null, "U2", DECLARED.plusSeconds(2));
    repo.recordChange("T1", id, "severity", null, "SEV1", "U3", DECLARED.plusSeconds(3));

    assertThat(repo.fields("T1", id)).isEqualTo(Map.of(IncidentField.SUMMARY, "second"));
    assertThat(history("T1", id))
        .containsExactly(
            "summary: null → first by U1 at " + DECLARED,
            "root-cause: null → config by U1 at " + DECLARED,
            "summary: first → second by U2 at " + DECLARED.plusSeconds(1),
            "root-cause: config → null by U2 at " + DECLARED.plusSeconds(2),
            "severity: null → SEV1 by U3 at " + DECLARED.plusSeconds(3));
  }

  @Test
  void everyQueryStaysInsideItsWorkspace() {
    Incident theirs = declare("T2", "C1", DECLARED);
    repo.putField("T2", theirs.id(), IncidentField.SUMMARY, "secret", "U1", DECLARED);

    assertThat(repo.byId("T1", theirs.id())).isEmpty();
    assertThat(repo.byPublicId("T1", theirs.publicId())).isEmpty();
    assertThat(repo.openIn("T1", "C1")).isEmpty();
    assertThat(repo.latestIn("T1", "C1")).isEmpty();
    assertThat(repo.list("T1", 10)).isEmpty();
    assertThat(repo.fields("T1", theirs.id())).isEmpty();
    assertThat(repo.fields("T2", theirs.id())).isEqualTo(Map.of(IncidentField.SUMMARY, "secret"));
  }
}
