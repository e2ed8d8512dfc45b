package dev.scribe.slack;

import dev.scribe.common.Times;
import dev.scribe.incident.Incident;
import dev.scribe.metrics.IncidentMetrics;
import dev.scribe.metrics.MetricValue;
import dev.scribe.timeline.TimelineEvent;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** How incidents and events read in Slack messages (mrkdwn; Slack renders {@code <@U…>} itself). */
public final class SlackFormat {

  private SlackFormat() {}

  /** "*INC-2026-001* · Checkout errors · SEV2 · open". */
  public static String heading(Incident incident) {
    return "*"
        + incident.publicId()
        + "* · "
        + incident.title()
        + incident.severityIfSet().map(s -> " · " + s.name()).orElse("")
        + " · "
        + (incident.isOpen() ? "open" : "resolved");
  }

  /** "#12 · 2026-11-21 14:03 CET (13:03 UTC) · *T3 ack* · on-call acknowledged — <@U1>". */
  public static String event(TimelineEvent event, ZoneId zone) {
    String marker = event.marker().isNote() ? "" : " · *" + event.marker().display() + "*";
    String text = event.text().isBlank() ? "_(fetching the message…)_" : event.text();
    String author = event.author().map(a -> " — <@" + a + ">").orElse("");
    String link = event.link().map(l -> " <" + l + "|↗>").orElse("");
    String deleted = event.sourceMessageDeleted() ? " _(message since deleted)_" : "";
    return "#"
        + event.number()
        + " · "
        + Times.dateTime(event.occurredAt(), zone)
        + marker
        + " · "
        + text
        + author
        + link
        + deleted;
  }

  /** One line per recorded metric, negative ones flagged; empty when none can be computed yet. */
  public static List<String> durations(IncidentMetrics metrics) {
    List<String> lines = new ArrayList<>();
    for (MetricValue value : metrics.values()) {
      value
          .duration()
          .ifPresent(
              d ->
                  lines.add(
                      "• "
                          + value.metric().display()
                          + ": *"
                          + Times.duration(d)
                          + "*"
                          + " ("
                          + value.metric().from().code()
                          + " #"
                          + value.from().orElseThrow().number()
                          + " → "
                          + value.metric().to().code()
                          + " #"
                          + value.to().orElseThrow().number()
                          + ")"
                          + (value.isNegative() ? " :warning: negative — check the markers" : "")));
    }
    return lines;
  }
}
