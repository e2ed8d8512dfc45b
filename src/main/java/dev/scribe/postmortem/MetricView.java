package dev.scribe.postmortem;

/**
 * One metric and the two events it comes from.
 *
 * @param key "timeToDetect"
 * @param name "time to detect (MTTD)"
 * @param value "7 min", "⚠ −3 min" or "not recorded"
 * @param recorded true when both markers are recorded
 * @param negative true when the later marker came first (flagged)
 * @param from "T1 21:38 UTC “error rate climbs”", or "T1 impact not recorded"
 * @param to likewise for the second marker
 * @param explanation the whole line: name, value, from → to
 * @param formula "T3 − T1"
 */
public record MetricView(
    String key,
    String name,
    String value,
    boolean recorded,
    boolean negative,
    String from,
    String to,
    String explanation,
    String formula) {}
