package dev.scribe.actions;

import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import java.time.Instant;
import java.time.LocalDate;

/** Small factories for incidents and action items. */
public final class TestData {

  public static final String TEAM = "T1";
  public static final Instant DECLARED = Instant.parse("2026-11-01T12:00:00Z");

  private TestData() {}

  public static Incident incident(long id, String ownerId) {
    return incident(id, TEAM, ownerId, IncidentStatus.OPEN);
  }

  public static Incident incident(long id, String teamId, String ownerId, IncidentStatus status) {
    return new Incident(
        id,
        teamId,
        "C" + id,
        Incident.publicId(2026, (int) id),
        "Incident " + id,
        null,
        status,
        ownerId,
        "UDECLARER",
        DECLARED,
        status == IncidentStatus.RESOLVED ? DECLARED.plusSeconds(3600) : null);
  }

  public static ActionDraft draft(long incidentId, String text, String ownerId, LocalDate due) {
    return new ActionDraft(
        incidentId,
        text,
        ownerId,
        due,
        Priority.MEDIUM,
        ActionKind.SHORT_TERM,
        null,
        "UREC",
        DECLARED);
  }

  public static ActionItem item(long id, long incidentId, String ownerId, LocalDate due) {
    return draft(incidentId, "item " + id, ownerId, due).stored(id, (int) id);
  }
}
