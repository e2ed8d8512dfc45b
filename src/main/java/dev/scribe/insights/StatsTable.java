package dev.scribe.insights;

import dev.scribe.common.Times;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The report as plain-text tables in a monospaced font: what {@code scribe stats} prints and what
 * {@code /pm stats} shows in a code block. Durations read as in drafts ("2 h 05 min").
 */
public final class StatsTable {

  static final String NONE = "—";
  private static final int MAX_GROUP_NAME = 40;
  private static final List<String> HEADER =
      List.of("metric", "recorded", "median", "p90", "range", "not counted");

  private StatsTable() {}

  /** Everything, for the command line: heading, tables, and the incidents to fix by id. */
  public static String text(StatsReport report) {
    StringBuilder out = new StringBuilder(heading(report)).append("\n\n").append(tables(report));
    List<String> fixes = fixes(report, fix -> fix.publicId() + " (" + fix.channelId() + ")");
    if (!fixes.isEmpty()) {
      out.append("\n\n").append(fixHeading(report));
      fixes.forEach(line -> out.append("\n").append(line));
    }
    return out.append("\n").toString();
  }

  /** "Period: … · incidents declared: 12" and the action items line. */
  public static String heading(StatsReport report) {
    GroupStats all = report.all();
    return "Period: "
        + report.period().describe()
        + " · incidents declared: "
        + all.incidents()
        + "\nOpen action items of these incidents: "
        + actions(all.actions());
  }

  /** The table of all incidents, then one per group. */
  public static String tables(StatsReport report) {
    StringBuilder out = new StringBuilder(table(report.all()));
    if (report.grouping() != Grouping.NONE) {
      out.append("\n\nBy ").append(report.grouping().word()).append(":");
      for (GroupStats group : report.groups()) {
        out.append("\n\n").append(groupHeading(group)).append("\n").append(table(group));
      }
    }
    return out.toString();
  }

  /** "Data to fix: 3 incidents (a metric missing or negative)". */
  public static String fixHeading(StatsReport report) {
    int n = report.toFix().size();
    return "Data to fix: "
        + n
        + (n == 1 ? " incident" : " incidents")
        + " with a metric missing or negative, left out of the figures above";
  }

  /** One line per incident to fix: {@code where} says how to point at it. */
  public static List<String> fixes(StatsReport report, Function<DataToFix, String> where) {
    return report.toFix().stream().map(fix -> where.apply(fix) + ": " + fix.describe()).toList();
  }

  private static String groupHeading(GroupStats group) {
    return groupName(group.name())
        + " · "
        + group.incidents()
        + (group.incidents() == 1 ? " incident" : " incidents")
        + " · open action items: "
        + actions(group.actions());
  }

  private static String actions(ActionCounts counts) {
    return counts.open() + ", of which " + counts.overdue() + " overdue";
  }

  /** A service or tag as typed: on one line, without backticks, not too long. */
  static String groupName(String name) {
    String clean = name.replaceAll("[`\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
    return clean.length() <= MAX_GROUP_NAME ? clean : clean.substring(0, MAX_GROUP_NAME - 1) + "…";
  }

  private static String table(GroupStats group) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (MetricStats m : group.metrics()) {
      rows.add(row(m));
    }
    return align(rows);
  }

  private static List<String> row(MetricStats m) {
    SortedDurations v = m.values();
    boolean any = !v.isEmpty();
    return List.of(
        m.metric().display(),
        m.recorded() + " of " + m.incidents(),
        any ? Times.duration(v.median()) : NONE,
        any ? Times.duration(v.p90()) : NONE,
        any ? Times.duration(v.min()) + " – " + Times.duration(v.max()) : NONE,
        notCounted(m));
  }

  private static String notCounted(MetricStats m) {
    List<String> parts = new ArrayList<>();
    if (m.missing() > 0) {
      parts.add(m.missing() + " missing");
    }
    if (m.negative() > 0) {
      parts.add(m.negative() + " negative");
    }
    return parts.isEmpty() ? NONE : String.join(", ", parts);
  }

  private static String align(List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        line.append(row.get(c)).append(" ".repeat(width[c] - row.get(c).length() + 2));
      }
      lines.add(line.toString().stripTrailing());
    }
    return String.join("\n", lines);
  }
}
