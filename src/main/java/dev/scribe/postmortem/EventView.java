package dev.scribe.postmortem;

/**
 * One timeline event, ready to print.
 *
 * @param number the event's number ({@code /pm edit N})
 * @param time the full date and time in the display zone (with UTC alongside)
 * @param clock "21:38 UTC": the time of day and the zone
 * @param marker "T3", or "" for a note
 * @param markerLabel "T3 ack", or "note"
 * @param isMarker true for T1…T8
 * @param text the event as Markdown, on one line (safe in a table cell)
 * @param who who said it (and who recorded it, when someone else did)
 * @param link the Slack message the event was captured from (reaction or shortcut), safe as a
 *     Markdown link target, or ""
 * @param flag "⚠ " when the marker is out of order, else ""
 * @param note why the marker matters ("← detection …") or why it does not count
 */
public record EventView(
    int number,
    String time,
    String clock,
    String marker,
    String markerLabel,
    boolean isMarker,
    String text,
    String who,
    String link,
    String flag,
    String note) {}
