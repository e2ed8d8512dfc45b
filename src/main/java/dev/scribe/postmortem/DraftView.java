package dev.scribe.postmortem;

import java.util.List;
import java.util.Map;

/**
 * The flat view model every template receives, built-in or custom. Text is Markdown, ready to
 * print; what only people know is a visible prompt, never blank.
 *
 * @param template the template's name
 * @param generatedAt when the draft was made, in the display zone
 * @param incident the incident's identity and state
 * @param field every {@code /pm set} field by camelCase name ({@code field.rootCause.block})
 * @param participants who recorded, said or was mentioned in the timeline
 * @param participantNames the participants' names, comma-separated
 * @param timeline the events, the T1…T8 rows and the Mermaid chart
 * @param metrics every metric of the contract, in contract order
 * @param metric the same metrics by camelCase name ({@code metric.timeToDetect.value})
 * @param actions action items, all and by kind
 * @param facts one paragraph stating what the timeline shows
 * @param chart the timeline picture's data (for the PNG, not for templates)
 * @param review the post-mortem's status and reviewers
 * @param history its document history: versions, review requests, approvals
 */
public record DraftView(
    String template,
    String generatedAt,
    IncidentView incident,
    Map<String, FieldView> field,
    List<ParticipantView> participants,
    String participantNames,
    TimelineView timeline,
    List<MetricView> metrics,
    Map<String, MetricView> metric,
    ActionsView actions,
    String facts,
    TimelineChart chart,
    ReviewView review,
    HistoryView history) {

  public DraftView {
    field = Map.copyOf(field);
    participants = List.copyOf(participants);
    metrics = List.copyOf(metrics);
    metric = Map.copyOf(metric);
  }

  /** Who took part, and how. */
  public record ParticipantView(String name, String id, String roles) {}
}
