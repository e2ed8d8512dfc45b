package dev.scribe.slack.timeline;

import dev.scribe.common.Times;
import dev.scribe.recording.TimelineService;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import dev.scribe.slack.SlackFormat;
import dev.scribe.timeline.EventInput;
import dev.scribe.timeline.EventInputParser;
import dev.scribe.workspace.WorkspaceRulesRepository;
import java.util.List;

/** {@code /pm event [WHEN] [MARKER:] TEXT}. */
public final class EventCommand implements PmSubcommand {

  private final TimelineService timeline;
  private final EventInputParser parser;
  private final WorkspaceRulesRepository rules;

  public EventCommand(
      TimelineService timeline, EventInputParser parser, WorkspaceRulesRepository rules) {
    this.timeline = timeline;
    this.parser = parser;
    this.rules = rules;
  }

  @Override
  public List<String> names() {
    return List.of("event", "e", "log");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm event [WHEN] [MARKER:] TEXT` records an event (soon after a resolution, on the resolved "
            + "incident; `/pm start` declares a new one) — `/pm event 14:03 ack: on-call acknowledged the page`");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    EventInput input = parser.parse(args, request.userZone());
    TimelineService.Recorded recorded =
        timeline.record(
            request.teamId(),
            request.channelId(),
            request.userId(),
            input.when(),
            input.marker(),
            input.text());
    String started =
        recorded.startedIncident()
            ? ":rotating_light: No incident was open here, so I started *"
                + recorded.incident().publicId()
                + "* (untitled — name it with `/pm set title …`).\n"
            : "";
    String closed =
        recorded.afterResolution() || recorded.incident().isOpen()
            ? ""
            : "\n:white_check_mark: *"
                + recorded.incident().publicId()
                + "* is resolved. `/pm draft` writes the post-mortem draft.";
    String late =
        recorded.afterResolution()
            ? "\n:information_source: *"
                + recorded.incident().publicId()
                + "* is resolved; events typed within "
                + Times.span(rules.rules(request.teamId()).lateEventWindow())
                + " of its resolution join it. A new incident here? `/pm start TITLE` declares one."
            : "";
    return Reply.confirmation(
        started
            + ":pushpin: "
            + SlackFormat.event(recorded.event(), request.userZone())
            + "\n_recorded on "
            + recorded.incident().publicId()
            + " by <@"
            + request.userId()
            + ">_"
            + closed
            + late);
  }
}
