package dev.scribe.storage;

import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.incident.NewIncident;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Incidents in SQLite or PostgreSQL. */
public final class JdbiIncidentRepository implements IncidentRepository {

  /** Read for every capture, so in plain JDBC ({@link Jdbc} says why). */
  private static final String OPEN_IN =
      "SELECT "
          + IncidentDao.COLUMNS
          + " FROM incidents WHERE team_id = ? AND channel_id = ? AND status = 'OPEN'";

  private final SqlObjects.Attached<IncidentDao> dao;
  private final Jdbc jdbc;

  public JdbiIncidentRepository(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, IncidentDao.class);
    this.jdbc = new Jdbc(jdbi);
  }

  @Override
  public Incident create(NewIncident n) {
    try {
      return dao.get().create(n);
    } catch (UnableToExecuteStatementException e) {
      // The one unique key this insert can break is "one open incident per channel" (the public
      // id comes from a counter): another declaration in the channel won a race. Don't query
      // here: on PostgreSQL the failed statement has aborted the transaction.
      if (isUniqueViolation(e)) {
        throw new AlreadyOpenException(n.channelId());
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && ("23505".equals(sql.getSQLState()) // PostgreSQL unique_violation
              || (sql.getErrorCode() == 19
                  && String.valueOf(sql.getMessage()).contains("UNIQUE")))) { // SQLITE_CONSTRAINT
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<Incident> openIn(String teamId, String channelId) {
    return jdbc.first(OPEN_IN, p -> p.text(teamId).text(channelId), Rows::incident);
  }

  @Override
  public Optional<Incident> latestIn(String teamId, String channelId) {
    return dao.get().latestIn(teamId, channelId);
  }

  @Override
  public List<Incident> openOrResolvedSince(String teamId, Instant since, int limit) {
    List<Incident> found = new ArrayList<>(dao.get().openNewestFirst(teamId, limit));
    if (found.size() < limit) {
      found.addAll(dao.get().resolvedSince(teamId, since, limit - found.size()));
    }
    return found;
  }

  @Override
  public Optional<Incident> byId(String teamId, long id) {
    return dao.get().byId(teamId, id);
  }

  @Override
  public Optional<Incident> byPublicId(String teamId, String publicId) {
    return dao.get().byPublicId(teamId, publicId);
  }

  @Override
  public List<Incident> list(String teamId, int limit) {
    return dao.get().list(teamId, limit);
  }

  /** Workspaces with an incident in a channel of this id: for the operator's command line only. */
  @Override
  public List<String> teamsWithChannel(String channelId) {
    return dao.get().teamsWithChannel(channelId);
  }

  @Override
  public Incident save(Incident i) {
    return dao.get().update(i).orElseThrow();
  }

  @Override
  public Map<IncidentField, String> fields(String teamId, long incidentId) {
    Map<IncidentField, String> fields = new EnumMap<>(IncidentField.class);
    for (IncidentDao.FieldRow row : dao.get().fields(teamId, incidentId)) {
      IncidentField.fromKey(row.name()).ifPresent(f -> fields.put(f, row.value()));
    }
    return fields;
  }

  @Override
  public void putField(
      String teamId,
      long incidentId,
      IncidentField field,
      String value,
      String userId,
      Instant at) {
    dao.get().putField(teamId, incidentId, field.key(), value, userId, at);
  }

  @Override
  public void recordChange(
      String teamId,
      long incidentId,
      String name,
      String oldValue,
      String newValue,
      String userId,
      Instant at) {
    dao.get().history(teamId, incidentId, name, oldValue, newValue, userId, at);
  }

  @Override
  public Optional<Instant> resolutionRecordedAt(String teamId, long incidentId) {
    return dao.get().lastResolved(teamId, incidentId);
  }
}
