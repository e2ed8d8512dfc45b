package dev.scribe.slack.insights;

import dev.scribe.insights.PeriodParser;
import dev.scribe.insights.StatsQuery;
import dev.scribe.insights.StatsReport;
import dev.scribe.insights.StatsService;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * {@code /pm stats [PERIOD] [by severity|service|tag]}: the numbers are computed before the
 * acknowledgement (one read of one row per incident) and answered with it; the chart is drawn and
 * uploaded after it.
 */
public final class StatsCommand implements PmSubcommand {

  static final String EXAMPLE = "/pm stats 2026-Q3 by severity";

  private final StatsService stats;
  private final StatsChartDelivery charts;
  private final Executor afterAck;

  public StatsCommand(StatsService stats, StatsChartDelivery charts, Executor afterAck) {
    this.stats = stats;
    this.charts = charts;
    this.afterAck = afterAck;
  }

  @Override
  public List<String> names() {
    return List.of("stats", "insights");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm stats [PERIOD] [by severity|service|tag]` every metric across this workspace's incidents "
            + "(n recorded of N, median, p90, range), open and overdue action items, timelines to fix, "
            + "and a chart — `"
            + EXAMPLE
            + "`. PERIOD: "
            + PeriodParser.FORMS
            + " (default `"
            + PeriodParser.DEFAULT
            + "`)");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    // A period's days begin and end in the user's zone: from someone whose zone is not known yet,
    // the command waits for it (answered a moment later), as a clock time does.
    StatsQuery query = request.inUserZone(zone -> stats.query(args, zone));
    StatsReport report = stats.stats(request.teamId(), query);
    if (report.all().incidents() > 0) {
      afterAck.execute(() -> charts.post(request.channelId(), request.userId(), report));
    }
    return Reply.inChannel(StatsMessage.of(report));
  }
}
