package dev.scribe.postmortem;

/**
 * One of the markers T1…T8 and the event that defines it.
 *
 * @param code "T3"
 * @param label "ack"
 * @param meaning what the marker means
 * @param recorded true when an event carries it
 * @param time the defining event's time, or "not recorded"
 * @param text the defining event's text, or a prompt
 * @param note which metric starts or ends here
 * @param flag "⚠ " when recorded out of order, else ""
 */
public record MarkerRow(
    String code,
    String label,
    String meaning,
    boolean recorded,
    String time,
    String text,
    String note,
    String flag) {}
