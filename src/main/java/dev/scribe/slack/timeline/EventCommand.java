package dev.scribe.slack.timeline;

import dev.scribe.common.Times;
import dev.scribe.recording.TimelineService;
import dev.scribe.slack.FactsLearner;
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
  private final FactsLearner learner;

  public EventCommand(
      TimelineService timeline,
      EventInputParser parser,
      WorkspaceRulesRepository rules,
      FactsLearner learner) {
    this.timeline = timeline;
    this.parser = parser;
    this.rules = rules;
    this.learner = learner;
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
    EventInput input = request.inUserZone(zone -> parser.parse(args, zone));
    TimelineService.Recorded recorded =
        timeline.recordTyped(
            request.teamId(),
            request.channelId(),
            request.userId(),
            args,
            input.when(),
            input.marker(),
            input.text());
    if (recorded.retyped()) {
      return Reply.ephemeral(
          ":ballot_box_with_check: Already recorded as #"
              + recorded.event().number()
              + " on *"
              + recorded.incident().publicId()
              + "* — you typed the same a moment ago: "
              + SlackFormat.event(recorded.event(), request.userZone())
              + "\nTo record it twice on purpose, change the words; `/pm timeline` shows the "
              + "timeline.");
    }
    if (recorded.startedIncident()) {
      learner.learnChannelLater(request.teamId(), request.channelId());
    }
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
