package dev.scribe.slack.insights;

import dev.scribe.insights.DataToFix;
import dev.scribe.insights.GroupStats;
import dev.scribe.insights.StatsReport;
import dev.scribe.insights.StatsTable;
import java.util.List;

/**
 * The report as one Slack message: the heading, the tables in a code block (so the columns line
 * up), and the incidents to fix with a link to each channel. Kept well under Slack's 40,000
 * characters: at most {@value #MAX_GROUPS} groups and {@value #MAX_FIXES} incidents to fix, with a
 * pointer to the command line for the rest.
 */
final class StatsMessage {

  static final int MAX_GROUPS = 8;
  static final int MAX_FIXES = 15;

  private StatsMessage() {}

  static String of(StatsReport report) {
    if (report.all().incidents() == 0) {
      return ":bar_chart: No incidents were declared in this period: "
          + report.period().describe()
          + ".";
    }
    StringBuilder text =
        new StringBuilder(":bar_chart: *Incident metrics* · ")
            .append(escape(StatsTable.heading(shown(report))))
            .append("\n```\n")
            .append(escape(StatsTable.tables(shown(report))))
            .append("\n```");
    if (report.groups().size() > MAX_GROUPS) {
      text.append("\n_")
          .append(report.groups().size() - MAX_GROUPS)
          .append(" smaller groups are not shown; `scribe stats --by ")
          .append(report.grouping().word())
          .append("` lists them all._");
    }
    appendFixes(text, report);
    return text.append(
            "\n_Medians and 90th percentiles (nearest rank), not means: a few very long incidents"
                + " would swamp a mean. The chart of every metric follows._")
        .toString();
  }

  private static void appendFixes(StringBuilder text, StatsReport report) {
    List<DataToFix> fixes = report.toFix();
    if (fixes.isEmpty()) {
      return;
    }
    text.append("\n*").append(StatsTable.fixHeading(report)).append("*");
    StatsTable.fixes(report, fix -> "• " + fix.publicId() + " <#" + fix.channelId() + ">").stream()
        .limit(MAX_FIXES)
        .forEach(line -> text.append("\n").append(line));
    if (fixes.size() > MAX_FIXES) {
      text.append("\n…and ")
          .append(fixes.size() - MAX_FIXES)
          .append(" more: `scribe stats` on the command line lists every one.");
    }
  }

  /** The report with only the groups a message has room for. */
  private static StatsReport shown(StatsReport report) {
    List<GroupStats> groups = report.groups().stream().limit(MAX_GROUPS).toList();
    return new StatsReport(
        report.period(), report.grouping(), report.all(), groups, report.toFix());
  }

  /** Slack reads {@code & < >} as markup even in code blocks; services and tags are user text. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
