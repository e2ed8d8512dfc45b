package dev.scribe.postmortem;

import java.util.List;

/**
 * The timeline, ready to print.
 *
 * @param zone the display zone, e.g. "Europe/Berlin (CET)"
 * @param count how many events
 * @param any true when there is at least one event
 * @param events every event, in time order
 * @param markers the rows T1…T8, recorded or not
 * @param mermaid the Mermaid {@code timeline} sections (one per day), marker events only
 * @param charted true when the Mermaid chart has at least one marker
 * @param warnings markers out of order and negative metrics, one sentence each
 * @param hasWarnings true when there are warnings
 * @param start the first event's time, or "not recorded"
 * @param end the last event's time, or "not recorded"
 */
public record TimelineView(
    String zone,
    int count,
    boolean any,
    List<EventView> events,
    List<MarkerRow> markers,
    List<Section> mermaid,
    boolean charted,
    List<String> warnings,
    boolean hasWarnings,
    String start,
    String end) {

  /** One day of the Mermaid chart. */
  public record Section(String title, List<Entry> entries) {}

  /** One period of the Mermaid chart: a time and what happened then. */
  public record Entry(String time, String text) {}
}
