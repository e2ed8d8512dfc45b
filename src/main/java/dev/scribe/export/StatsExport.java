package dev.scribe.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.scribe.insights.DataToFix;
import dev.scribe.insights.GroupStats;
import dev.scribe.insights.MetricStats;
import dev.scribe.insights.SortedDurations;
import dev.scribe.insights.StatsReport;
import dev.scribe.timeline.Marker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A stats report for tools: JSON with everything, or CSV with one line per group and metric.
 * Durations are whole seconds (toward zero, as drafts show them), null or empty when nothing was
 * recorded.
 */
public final class StatsExport {

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

  static final String CSV_HEADER =
      "group,incidents,open_action_items,overdue_action_items,metric,recorded,missing,negative,"
          + "median_seconds,p90_seconds,min_seconds,max_seconds";

  private StatsExport() {}

  public static String json(StatsReport report) {
    JsonObject root = new JsonObject();
    JsonObject period = new JsonObject();
    period.addProperty("name", report.period().name());
    period.addProperty("first_day", report.period().firstDay().toString());
    period.addProperty("last_day", report.period().lastDay().toString());
    period.addProperty("zone", report.period().zone().getId());
    period.addProperty("from", report.period().from().toString());
    period.addProperty("until", report.period().until().toString());
    root.add("period", period);
    root.addProperty("grouping", report.grouping().word());
    root.add("all", group(report.all()));
    JsonArray groups = new JsonArray();
    report.groups().forEach(g -> groups.add(group(g)));
    root.add("groups", groups);
    JsonArray fixes = new JsonArray();
    report.toFix().forEach(f -> fixes.add(fix(f)));
    root.add("data_to_fix", fixes);
    return GSON.toJson(root);
  }

  public static String csv(StatsReport report) {
    List<String> lines = new ArrayList<>();
    lines.add(CSV_HEADER);
    List<GroupStats> groups = new ArrayList<>();
    groups.add(report.all());
    groups.addAll(report.groups());
    for (GroupStats group : groups) {
      for (MetricStats m : group.metrics()) {
        lines.add(
            String.join(
                ",",
                csvField(group.name()),
                String.valueOf(group.incidents()),
                String.valueOf(group.actions().open()),
                String.valueOf(group.actions().overdue()),
                m.metric().key(),
                String.valueOf(m.recorded()),
                String.valueOf(m.missing()),
                String.valueOf(m.negative()),
                csvSeconds(m.values(), SortedDurations::median),
                csvSeconds(m.values(), SortedDurations::p90),
                csvSeconds(m.values(), SortedDurations::min),
                csvSeconds(m.values(), SortedDurations::max)));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static JsonObject group(GroupStats group) {
    JsonObject o = new JsonObject();
    o.addProperty("name", group.name());
    o.addProperty("incidents", group.incidents());
    o.addProperty("open_action_items", group.actions().open());
    o.addProperty("overdue_action_items", group.actions().overdue());
    JsonArray metrics = new JsonArray();
    for (MetricStats m : group.metrics()) {
      JsonObject metric = new JsonObject();
      metric.addProperty("name", m.metric().key());
      metric.addProperty("label", m.metric().display());
      metric.addProperty("formula", m.metric().to().code() + " - " + m.metric().from().code());
      metric.addProperty("recorded", m.recorded());
      metric.addProperty("of", m.incidents());
      metric.addProperty("missing", m.missing());
      metric.addProperty("negative", m.negative());
      metric.addProperty("median_seconds", seconds(m.values(), SortedDurations::median));
      metric.addProperty("p90_seconds", seconds(m.values(), SortedDurations::p90));
      metric.addProperty("min_seconds", seconds(m.values(), SortedDurations::min));
      metric.addProperty("max_seconds", seconds(m.values(), SortedDurations::max));
      metrics.add(metric);
    }
    o.add("metrics", metrics);
    return o;
  }

  private static JsonObject fix(DataToFix fix) {
    JsonObject o = new JsonObject();
    o.addProperty("incident", fix.publicId());
    o.addProperty("channel_id", fix.channelId());
    JsonArray missing = new JsonArray();
    fix.missing().stream().map(Marker::code).forEach(missing::add);
    o.add("missing_markers", missing);
    JsonArray negative = new JsonArray();
    fix.negative()
        .forEach(
            (metric, value) -> {
              JsonObject n = new JsonObject();
              n.addProperty("metric", metric.key());
              n.addProperty("seconds", value.toMillis() / 1000);
              negative.add(n);
            });
    o.add("negative_metrics", negative);
    o.addProperty("problem", fix.describe());
    return o;
  }

  private static Long seconds(SortedDurations values, Function<SortedDurations, Duration> pick) {
    return values.isEmpty() ? null : pick.apply(values).toMillis() / 1000;
  }

  private static String csvSeconds(
      SortedDurations values, Function<SortedDurations, Duration> pick) {
    Long s = seconds(values, pick);
    return s == null ? "" : s.toString();
  }

  /**
   * RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. A service or tag
   * is user text: one that starts like a spreadsheet formula gets a leading apostrophe, so opening
   * the file never runs it.
   */
  static String csvField(String value) {
    String safe = value.matches("(?s)[=+\\-@\\t\\r].*") ? "'" + value : value;
    if (safe.matches("[^,\"\\r\\n]*")) {
      return safe;
    }
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
