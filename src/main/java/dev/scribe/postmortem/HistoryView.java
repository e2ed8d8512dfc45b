package dev.scribe.postmortem;

import java.util.List;

/**
 * The document history, ready to print.
 *
 * @param firstDrafted when version 1 was made, or a note that it was not yet
 * @param version the latest version, or "—" before the first
 * @param rows one per draft, review request, approval and the moment it became Final
 * @param any true when there is at least one row
 */
public record HistoryView(String firstDrafted, String version, List<Row> rows, boolean any) {

  public HistoryView {
    rows = List.copyOf(rows);
  }

  /** A line of the history: the version it concerns, when, by whom, and what happened. */
  public record Row(String version, String date, String by, String what) {}
}
