package dev.scribe.postmortem;

/**
 * The incident's identity and state, ready to print.
 *
 * @param id "INC-2026-014"
 * @param title the title
 * @param severity "SEV2 (major: …)", or a prompt
 * @param severityShort "SEV2", or "SEV?"
 * @param status "open" or "resolved"
 * @param owner the owner's name, or a prompt
 * @param declaredBy who declared it
 * @param declaredAt when it was declared
 * @param resolvedAt when it was last resolved, or "still open"
 * @param channel the Slack channel id
 * @param zone the display zone, e.g. "Europe/Berlin (CET)"
 * @param date the day it started (T1, else the declaration), in the display zone
 * @param documentStatus "Draft", "In Review" or "Final"
 */
public record IncidentView(
    String id,
    String title,
    String severity,
    String severityShort,
    String status,
    String owner,
    String declaredBy,
    String declaredAt,
    String resolvedAt,
    String channel,
    String zone,
    String date,
    String documentStatus) {}
