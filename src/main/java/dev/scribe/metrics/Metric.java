package dev.scribe.metrics;

import dev.scribe.timeline.Marker;

/** The durations of the contract, each between two markers. */
public enum Metric {
  TIME_TO_DETECT("time to detect", "MTTD", Marker.IMPACT, Marker.ACK),
  TIME_TO_ALERT("time to alert", "", Marker.IMPACT, Marker.ALERT),
  TIME_TO_ACKNOWLEDGE("time to acknowledge", "", Marker.ALERT, Marker.ACK),
  TIME_TO_ROOT_CAUSE("time to root cause", "", Marker.IMPACT, Marker.CAUSE),
  TIME_TO_RESTORE("time to restore", "impact duration", Marker.IMPACT, Marker.RESTORED),
  TIME_TO_RESOLVE("time to resolve", "MTTR", Marker.IMPACT, Marker.RESOLVED);

  private final String label;
  private final String alias;
  private final Marker from;
  private final Marker to;

  Metric(String label, String alias, Marker from, Marker to) {
    this.label = label;
    this.alias = alias;
    this.from = from;
    this.to = to;
  }

  /** "time to detect". */
  public String label() {
    return label;
  }

  /** "MTTD", "MTTR", "impact duration", or "" when the metric has no common short name. */
  public String alias() {
    return alias;
  }

  /** "time to detect (MTTD)". */
  public String display() {
    return alias.isEmpty() ? label : label + " (" + alias + ")";
  }

  /** "time_to_detect", the name used in exports. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public Marker from() {
    return from;
  }

  public Marker to() {
    return to;
  }
}
