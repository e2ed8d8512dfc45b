package dev.scribe.slack.incident;

import dev.scribe.common.Times;
import dev.scribe.metrics.IncidentMetrics;
import dev.scribe.metrics.Metric;
import dev.scribe.recording.IncidentService;
import dev.scribe.recording.TimelineService;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import dev.scribe.slack.SlackFormat;
import dev.scribe.timeline.EventInputParser;
import java.util.List;

/** {@code /pm resolve [WHEN]}: records T8 and closes the incident. */
public final class ResolveCommand implements PmSubcommand {

  private final IncidentService incidents;
  private final TimelineService timeline;
  private final EventInputParser parser;

  public ResolveCommand(
      IncidentService incidents, TimelineService timeline, EventInputParser parser) {
    this.incidents = incidents;
    this.timeline = timeline;
    this.parser = parser;
  }

  @Override
  public List<String> names() {
    return List.of("resolve", "close");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm resolve [WHEN]` records the resolved marker (T8) and closes the incident — `/pm resolve 15:10`",
        "`/pm reopen` reopens the channel's latest incident");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    var when = request.inUserZone(zone -> parser.parseWhenOnly(args, zone));
    IncidentService.Resolution resolution =
        incidents.resolve(request.teamId(), request.channelId(), request.userId(), when, "");
    IncidentMetrics metrics = IncidentMetrics.of(timeline.events(resolution.incident()));
    String mttr =
        metrics
            .value(Metric.TIME_TO_RESOLVE)
            .duration()
            .map(d -> " Time to resolve (MTTR): *" + Times.duration(d) + "*.")
            .orElse(" Time to resolve: not recorded (no impact start, T1, on the timeline).");
    return Reply.confirmation(
        ":white_check_mark: "
            + SlackFormat.heading(resolution.incident())
            + " — resolved at "
            + Times.dateTime(resolution.event().occurredAt(), request.userZone())
            + " by <@"
            + request.userId()
            + ">."
            + mttr
            + "\nWrite the post-mortem with `/pm draft`; `/pm reopen` if it comes back.");
  }
}
