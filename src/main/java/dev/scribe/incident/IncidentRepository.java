package dev.scribe.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored incidents and their fields. Every method is scoped by workspace. */
public interface IncidentRepository {

  /**
   * Declares an incident with the workspace's next {@code INC-YYYY-NNN} id.
   *
   * @throws AlreadyOpenException if the channel already has an open incident
   */
  Incident create(NewIncident incident);

  Optional<Incident> openIn(String teamId, String channelId);

  /** The most recently declared incident of the channel, open or not. */
  Optional<Incident> latestIn(String teamId, String channelId);

  /**
   * The workspaces that have an incident in a channel of this id (ids are unique per workspace).
   */
  List<String> teamsWithChannel(String channelId);

  /**
   * The workspace's open incidents, most recently declared first, then those resolved at {@code
   * since} or later, most recently resolved first: at most {@code limit} in all.
   */
  List<Incident> openOrResolvedSince(String teamId, Instant since, int limit);

  Optional<Incident> byId(String teamId, long id);

  Optional<Incident> byPublicId(String teamId, String publicId);

  /** The workspace's incidents, newest first. */
  List<Incident> list(String teamId, int limit);

  /** Saves title, severity, status, owner and resolution time. */
  Incident save(Incident incident);

  Map<IncidentField, String> fields(String teamId, long incidentId);

  /**
   * Sets a free-text field (or, with a null value, clears it), keeping the old value in history.
   */
  void putField(
      String teamId, long incidentId, IncidentField field, String value, String userId, Instant at);

  /** Notes a change of an incident column (title, severity, owner, status) in the history. */
  void recordChange(
      String teamId,
      long incidentId,
      String name,
      String oldValue,
      String newValue,
      String userId,
      Instant at);

  /**
   * When the incident was last resolved, as recorded (not the resolution time it records, which a
   * responder may have backdated); empty if it never was.
   */
  Optional<Instant> resolutionRecordedAt(String teamId, long incidentId);

  /** Thrown when a channel already has an open incident. */
  final class AlreadyOpenException extends RuntimeException {
    public AlreadyOpenException(String channelId) {
      super("channel " + channelId + " already has an open incident");
    }
  }
}
