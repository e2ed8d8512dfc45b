package dev.scribe.insights;

import dev.scribe.incident.Severity;
import dev.scribe.metrics.Metric;
import dev.scribe.timeline.Marker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stats in one pass over the incidents: each incident's metrics go into primitive arrays (per
 * group), and at the end each array is sorted once for exact percentiles. Nothing is kept per
 * incident except the durations and the incidents to fix.
 */
final class StatsCalculator implements Consumer<IncidentTimes> {

  private static final Metric[] METRICS = Metric.values();
  private static final String NO_SEVERITY = "(no severity)";

  private final Grouping grouping;
  private final Map<Long, ActionCounts> actions;
  private final Accumulator all = new Accumulator(Grouping.NONE.word());
  private final Map<String, Accumulator> groups = new HashMap<>();
  private final List<DataToFix> toFix = new ArrayList<>();

  StatsCalculator(Grouping grouping, Map<Long, ActionCounts> actions) {
    this.grouping = grouping;
    this.actions = actions;
  }

  @Override
  public void accept(IncidentTimes incident) {
    ActionCounts counts = actions.getOrDefault(incident.incidentId(), ActionCounts.NONE);
    all.add(incident.markers(), counts);
    for (String group : groupsOf(incident)) {
      groups.computeIfAbsent(group, Accumulator::new).add(incident.markers(), counts);
    }
    DataToFix fix = problems(incident);
    if (fix != null) {
      toFix.add(fix);
    }
  }

  StatsReport report(Period period) {
    List<GroupStats> built =
        groups.values().stream().map(Accumulator::build).sorted(order()).toList();
    return new StatsReport(period, grouping, all.build(), built, toFix);
  }

  private Set<String> groupsOf(IncidentTimes incident) {
    return switch (grouping) {
      case NONE -> Set.of();
      case SEVERITY -> Set.of(incident.severityIfSet().map(Severity::name).orElse(NO_SEVERITY));
      case SERVICE, TAG -> words(incident.groupText());
    };
  }

  /** "checkout-api, Payments; #db" → {checkout-api, payments, db}; nothing → "(no service)". */
  private Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    if (text != null) {
      for (String word : text.split("[,;\\n]")) {
        String w = word.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return words.isEmpty() ? Set.of(none()) : words;
  }

  private String none() {
    return "(no " + grouping.word() + ")";
  }

  /** Severities in order; services and tags by size, then name; the "no …" group last. */
  private Comparator<GroupStats> order() {
    Comparator<GroupStats> noneLast = Comparator.comparing(g -> g.name().startsWith("(no "));
    Comparator<GroupStats> within =
        grouping == Grouping.SEVERITY
            ? Comparator.comparing(GroupStats::name)
            : Comparator.comparingInt(GroupStats::incidents)
                .reversed()
                .thenComparing(GroupStats::name);
    return noneLast.thenComparing(within);
  }

  private static DataToFix problems(IncidentTimes incident) {
    MarkerTimes markers = incident.markers();
    List<Marker> missing = new ArrayList<>();
    Map<Metric, Duration> negative = new EnumMap<>(Metric.class);
    for (Metric metric : METRICS) {
      if (markers.isRecorded(metric)) {
        long millis = markers.millisOf(metric);
        if (millis < 0) {
          negative.put(metric, Duration.ofMillis(millis));
        }
      } else if (!incident.open()) {
        addMissing(missing, markers, metric.from());
        addMissing(missing, markers, metric.to());
      }
    }
    if (missing.isEmpty() && negative.isEmpty()) {
      return null;
    }
    missing.sort(Comparator.naturalOrder());
    return new DataToFix(incident.publicId(), incident.channelId(), missing, negative);
  }

  private static void addMissing(List<Marker> missing, MarkerTimes markers, Marker marker) {
    if (!markers.has(marker) && !missing.contains(marker)) {
      missing.add(marker);
    }
  }

  /** One group's running totals: a growable array of durations per metric. */
  private static final class Accumulator {
    private final String name;
    private int incidents;
    private ActionCounts actions = ActionCounts.NONE;
    private final long[][] values = new long[METRICS.length][16];
    private final int[] recorded = new int[METRICS.length];
    private final int[] missing = new int[METRICS.length];
    private final int[] negative = new int[METRICS.length];

    Accumulator(String name) {
      this.name = name;
    }

    void add(MarkerTimes markers, ActionCounts counts) {
      incidents++;
      if (counts.open() > 0) {
        actions = actions.plus(counts);
      }
      for (int i = 0; i < METRICS.length; i++) {
        if (!markers.isRecorded(METRICS[i])) {
          missing[i]++;
          continue;
        }
        long millis = markers.millisOf(METRICS[i]);
        if (millis < 0) {
          negative[i]++;
          continue;
        }
        if (recorded[i] == values[i].length) {
          values[i] = Arrays.copyOf(values[i], values[i].length * 2);
        }
        values[i][recorded[i]++] = millis;
      }
    }

    GroupStats build() {
      List<MetricStats> metrics = new ArrayList<>(METRICS.length);
      for (int i = 0; i < METRICS.length; i++) {
        metrics.add(
            new MetricStats(
                METRICS[i],
                incidents,
                SortedDurations.ofMillis(values[i], recorded[i]),
                missing[i],
                negative[i]));
      }
      return new GroupStats(name, incidents, actions, metrics);
    }
  }
}
