package dev.scribe.storage;

import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import java.time.Instant;

/** Incident rows for action-item storage tests, written straight into the incidents table. */
public final class ActionTestIncidents {

  static final Instant DECLARED = Instant.parse("2026-11-01T12:00:00Z");

  private ActionTestIncidents() {}

  public static Incident insert(
      Database db, String teamId, String ownerId, IncidentStatus status, int sequence) {
    String publicId = Incident.publicId(2026, sequence);
    String channel = "C" + sequence;
    long id =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
            INSERT INTO incidents (team_id, channel_id, public_id, title, status, owner_id, declared_by, declared_at)
            VALUES (:team, :channel, :publicId, :title, :status, :owner, 'UDECLARER', :at)
            RETURNING id
            """)
                        .bind("team", teamId)
                        .bind("channel", channel)
                        .bind("publicId", publicId)
                        .bind("title", "Incident " + sequence)
                        .bind("status", status.name())
                        .bind("owner", ownerId)
                        .bind("at", DECLARED)
                        .mapTo(Long.class)
                        .one());
    return new Incident(
        id,
        teamId,
        channel,
        publicId,
        "Incident " + sequence,
        null,
        status,
        ownerId,
        "UDECLARER",
        DECLARED,
        null);
  }
}
