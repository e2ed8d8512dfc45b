package dev.scribe.insights;

import dev.scribe.incident.IncidentField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Insights across a workspace's incidents: the distribution of every metric over a period, the open
 * and overdue action items, and the incidents whose timelines need fixing. One read of one row per
 * incident, one pass over the rows.
 */
public final class StatsService {

  private final IncidentStatsSource source;
  private final Clock clock;

  public StatsService(IncidentStatsSource source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  /** Reads periods in the given zone, relative to today there. */
  public PeriodParser periods(ZoneId zone) {
    return new PeriodParser(today(zone), zone);
  }

  /** Reads {@code [PERIOD] [by severity|service|tag]}; bad input is a user-facing error. */
  public StatsQuery query(String args, ZoneId zone) {
    return StatsQuery.parse(args, periods(zone));
  }

  public StatsReport stats(String teamId, StatsQuery query) {
    Period period = query.period();
    Map<Long, ActionCounts> actions = source.openActions(teamId, period, today(period.zone()));
    StatsCalculator calculator = new StatsCalculator(query.grouping(), actions);
    source.incidents(teamId, period, field(query.grouping()), calculator);
    return calculator.report(period);
  }

  /** The workspaces with incidents, for a command line that was not told which one. */
  public List<String> workspaces() {
    return source.workspaces();
  }

  private LocalDate today(ZoneId zone) {
    return clock.instant().atZone(zone).toLocalDate();
  }

  private static Optional<IncidentField> field(Grouping grouping) {
    return switch (grouping) {
      case SERVICE -> Optional.of(IncidentField.SERVICES);
      case TAG -> Optional.of(IncidentField.TAGS);
      case NONE, SEVERITY -> Optional.empty();
    };
  }
}
