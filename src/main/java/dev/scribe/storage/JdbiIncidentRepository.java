package dev.scribe.storage;

import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.incident.IncidentStatus;
import dev.scribe.incident.NewIncident;
import dev.scribe.incident.Severity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Incidents in SQLite or PostgreSQL. */
public final class JdbiIncidentRepository implements IncidentRepository {

  private final Jdbi jdbi;

  public JdbiIncidentRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  private <T> T dao(Function<IncidentDao, T> call) {
    return jdbi.withHandle(h -> call.apply(h.attach(IncidentDao.class)));
  }

  @Override
  public Incident create(NewIncident n) {
    int year = n.declaredAt().atZone(ZoneOffset.UTC).getYear();
    try {
      return dao(
          dao -> {
            String publicId = Incident.publicId(year, dao.nextNumber(n.teamId(), year));
            IncidentDao.IncidentRow row =
                new IncidentDao.IncidentRow(
                    0,
                    n.teamId(),
                    n.channelId(),
                    publicId,
                    n.title(),
                    n.severity() == null ? null : n.severity().level(),
                    IncidentStatus.OPEN.name(),
                    null,
                    n.declaredBy(),
                    n.declaredAt().toEpochMilli(),
                    null);
            long id = dao.insert(row);
            return dao.byId(n.teamId(), id).map(JdbiIncidentRepository::toIncident).orElseThrow();
          });
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
      if (cause instanceof java.sql.SQLException sql
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
    return dao(d -> d.openIn(teamId, channelId)).map(JdbiIncidentRepository::toIncident);
  }

  @Override
  public Optional<Incident> latestIn(String teamId, String channelId) {
    return dao(d -> d.latestIn(teamId, channelId)).map(JdbiIncidentRepository::toIncident);
  }

  @Override
  public Optional<Incident> byId(String teamId, long id) {
    return dao(d -> d.byId(teamId, id)).map(JdbiIncidentRepository::toIncident);
  }

  @Override
  public Optional<Incident> byPublicId(String teamId, String publicId) {
    return dao(d -> d.byPublicId(teamId, publicId)).map(JdbiIncidentRepository::toIncident);
  }

  @Override
  public List<Incident> list(String teamId, int limit) {
    return dao(d -> d.list(teamId, limit)).stream()
        .map(JdbiIncidentRepository::toIncident)
        .toList();
  }

  /** Workspaces with an incident in a channel of this id: for the operator's command line only. */
  @Override
  public List<String> teamsWithChannel(String channelId) {
    return dao(d -> d.teamsWithChannel(channelId));
  }

  @Override
  public Incident save(Incident i) {
    dao(d -> d.update(toRow(i)));
    return byId(i.teamId(), i.id()).orElseThrow();
  }

  @Override
  public Map<IncidentField, String> fields(String teamId, long incidentId) {
    Map<IncidentField, String> fields = new EnumMap<>(IncidentField.class);
    for (IncidentDao.FieldRow row : dao(d -> d.fields(teamId, incidentId))) {
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
    jdbi.useHandle(
        h -> {
          IncidentDao dao = h.attach(IncidentDao.class);
          String old = dao.field(teamId, incidentId, field.key()).orElse(null);
          if (value == null) {
            dao.clearField(teamId, incidentId, field.key());
          } else {
            dao.putField(teamId, incidentId, field.key(), value, userId, at.toEpochMilli());
          }
          dao.history(teamId, incidentId, field.key(), old, value, userId, at.toEpochMilli());
        });
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
    jdbi.useHandle(
        h ->
            h.attach(IncidentDao.class)
                .history(teamId, incidentId, name, oldValue, newValue, userId, at.toEpochMilli()));
  }

  @Override
  public Optional<Instant> resolutionRecordedAt(String teamId, long incidentId) {
    return jdbi.withHandle(h -> h.attach(IncidentDao.class).lastResolved(teamId, incidentId))
        .map(Instant::ofEpochMilli);
  }

  private static Incident toIncident(IncidentDao.IncidentRow r) {
    return new Incident(
        r.id(),
        r.teamId(),
        r.channelId(),
        r.publicId(),
        r.title(),
        r.severity() == null ? null : Severity.values()[r.severity() - 1],
        IncidentStatus.valueOf(r.status()),
        r.ownerId(),
        r.declaredBy(),
        Instant.ofEpochMilli(r.declaredAt()),
        r.resolvedAt() == null ? null : Instant.ofEpochMilli(r.resolvedAt()));
  }

  private static IncidentDao.IncidentRow toRow(Incident i) {
    return new IncidentDao.IncidentRow(
        i.id(),
        i.teamId(),
        i.channelId(),
        i.publicId(),
        i.title(),
        i.severity() == null ? null : i.severity().level(),
        i.status().name(),
        i.ownerId(),
        i.declaredBy(),
        i.declaredAt().toEpochMilli(),
        i.resolvedAt() == null ? null : i.resolvedAt().toEpochMilli());
  }
}
