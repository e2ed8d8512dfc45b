package dev.scribe.cli;

import dev.scribe.app.Scribe;
import dev.scribe.common.UserFacingException;
import dev.scribe.config.ScribeConfig;
import dev.scribe.export.StatsExport;
import dev.scribe.insights.Grouping;
import dev.scribe.insights.PeriodParser;
import dev.scribe.insights.StatsQuery;
import dev.scribe.insights.StatsReport;
import dev.scribe.insights.StatsService;
import dev.scribe.insights.StatsTable;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Metrics across a workspace's incidents: for each, n recorded of N, median, p90 and range;"
          + " open and overdue action items; the incidents whose timelines need fixing.",
      "Days are those of SCRIBE_TIMEZONE (default UTC)."
    })
final class StatsCommand implements Callable<Integer> {

  /** How the numbers are printed. */
  enum Format {
    table,
    csv,
    json
  }

  @Option(
      names = "--since",
      paramLabel = "PERIOD|DATE",
      description =
          "the incidents declared in this period, or from this day (YYYY-MM-DD): 30d, 12w, 6m, 1y,"
              + " 2026, 2026-Q3, 2026-11, 2026-09-01, all (default: "
              + PeriodParser.DEFAULT
              + ")")
  String since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "with --since DATE: the last day counted (YYYY-MM-DD, included)")
  String until;

  @Option(names = "--by", paramLabel = "severity|service|tag", description = "one table per group")
  String by;

  @Option(names = "--format", defaultValue = "table", description = "table (default), csv or json")
  Format format;

  @Option(
      names = "--team",
      description = "Slack workspace id (T…); needed only if the database holds several")
  String team;

  @Mixin DatabaseOption database;

  private final CliContext context;

  StatsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ScribeConfig config = context.config(ScribeConfig.Needs.DATABASE, database);
    // What was asked is checked before the database is opened: a typo costs nothing.
    ZoneId zone = config.defaultZone();
    StatsQuery query =
        new StatsQuery(
            new PeriodParser(context.clock().instant().atZone(zone).toLocalDate(), zone)
                .parse(periodText()),
            by == null ? Grouping.NONE : Grouping.parse(by));
    try (Scribe scribe = context.openToRead(config, database)) {
      StatsService stats = scribe.stats();
      StatsReport report = stats.stats(workspace(stats), query);
      context
          .out()
          .print(
              switch (format) {
                case table -> StatsTable.text(report);
                case csv -> StatsExport.csv(report);
                case json -> StatsExport.json(report) + "\n";
              });
      return 0;
    }
  }

  /** {@code --since X [--until Y]} in the words of {@code /pm stats}. */
  private String periodText() {
    String from = since == null ? "" : since.strip();
    boolean isDate = from.matches("\\d{4}-\\d{2}-\\d{2}");
    if (until != null) {
      if (!isDate) {
        throw new UserFacingException(
            "--until needs --since to be a day (YYYY-MM-DD), e.g. --since 2026-09-01 --until 2026-10-31.");
      }
      return "since " + from + " until " + until.strip();
    }
    return isDate ? "since " + from : from;
  }

  private String workspace(StatsService stats) {
    if (team != null) {
      return team;
    }
    List<String> teams = stats.workspaces();
    if (teams.size() == 1) {
      return teams.get(0);
    }
    throw new UserFacingException(
        teams.isEmpty()
            ? "This database has no incidents yet."
            : "This database holds several workspaces ("
                + String.join(", ", teams)
                + "): say which with --team.");
  }
}
