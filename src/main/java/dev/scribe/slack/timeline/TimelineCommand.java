package dev.scribe.slack.timeline;

import dev.scribe.incident.Incident;
import dev.scribe.metrics.IncidentMetrics;
import dev.scribe.recording.IncidentService;
import dev.scribe.recording.TimelineService;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import dev.scribe.slack.SlackFormat;
import dev.scribe.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /pm timeline}: the events so far, numbered, with markers and the durations known so far.
 */
public final class TimelineCommand implements PmSubcommand {

  /**
   * Slack cuts messages at 40,000 characters; stay well below and point to the draft for the rest.
   */
  static final int MAX_CHARS = 35_000;

  private final IncidentService incidents;
  private final TimelineService timeline;

  public TimelineCommand(IncidentService incidents, TimelineService timeline) {
    this.incidents = incidents;
    this.timeline = timeline;
  }

  @Override
  public List<String> names() {
    return List.of("timeline", "tl", "list");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm timeline` shows the timeline so far, numbered, with markers and durations");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    Incident incident = incidents.current(request.teamId(), request.channelId());
    List<TimelineEvent> events = timeline.events(incident);
    List<String> durations = SlackFormat.durations(IncidentMetrics.of(events));
    StringBuilder tail = new StringBuilder();
    if (!durations.isEmpty()) {
      tail.append("\n*Durations so far*\n").append(String.join("\n", durations));
    }
    tail.append("\n_Correct an event with `/pm edit N …` or `/pm delete N`. Times in ")
        .append(request.userZone().getId())
        .append("._");
    List<String> lines = new ArrayList<>();
    int budget = MAX_CHARS - tail.length();
    int shown = 0;
    // Newest events matter most during an incident: keep the tail when the timeline is too long.
    for (int i = events.size() - 1; i >= 0; i--) {
      String line = SlackFormat.event(events.get(i), request.userZone());
      budget -= line.length() + 1;
      if (budget < 200) {
        break;
      }
      lines.add(0, line);
      shown++;
    }
    String head =
        SlackFormat.heading(incident)
            + " — "
            + events.size()
            + " event"
            + (events.size() == 1 ? "" : "s")
            + (shown < events.size()
                ? " (the latest " + shown + " shown; `/pm draft` has them all)"
                : "");
    return Reply.ephemeral(head + "\n" + String.join("\n", lines) + tail);
  }
}
