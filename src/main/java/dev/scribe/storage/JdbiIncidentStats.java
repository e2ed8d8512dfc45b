package dev.scribe.storage;

import dev.scribe.incident.IncidentField;
import dev.scribe.insights.ActionCounts;
import dev.scribe.insights.IncidentStatsSource;
import dev.scribe.insights.IncidentTimes;
import dev.scribe.insights.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Stats over SQLite or PostgreSQL: the period's incidents by a range on {@code
 * incidents_by_declared}, each row with its own marker times, so no event is read.
 */
public final class JdbiIncidentStats implements IncidentStatsSource {

  private final SqlObjects.Attached<IncidentStatsDao> dao;

  public JdbiIncidentStats(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, IncidentStatsDao.class);
  }

  @Override
  public void incidents(
      String teamId, Period period, Optional<IncidentField> field, Consumer<IncidentTimes> each) {
    Instant from = period.from();
    Instant until = period.until();
    if (field.isEmpty()) {
      dao.get().incidents(teamId, from, until, each);
    } else {
      dao.get().incidentsWithField(teamId, from, until, field.get().key(), each);
    }
  }

  @Override
  public Map<Long, ActionCounts> openActions(String teamId, Period period, LocalDate today) {
    Map<Long, ActionCounts> counts = new HashMap<>();
    dao.get()
        .openActions(
            teamId,
            period.from(),
            period.until(),
            today,
            row -> counts.put(row.incidentId(), new ActionCounts(row.open(), row.overdue())));
    return counts;
  }

  @Override
  public List<String> workspaces() {
    return dao.get().workspaces();
  }
}
