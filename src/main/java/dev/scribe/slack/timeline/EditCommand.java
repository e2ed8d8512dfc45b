package dev.scribe.slack.timeline;

import dev.scribe.common.UserFacingException;
import dev.scribe.recording.TimelineService;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import dev.scribe.slack.SlackFormat;
import dev.scribe.timeline.EventInput;
import dev.scribe.timeline.EventInputParser;
import dev.scribe.timeline.TimelineEvent;
import java.util.List;

/** {@code /pm edit N [WHEN] [MARKER:] TEXT}: what is given replaces, the rest stays. */
public final class EditCommand implements PmSubcommand {

  static final String EXAMPLE = "/pm edit 3 14:05 ack: on-call acknowledged the page";

  private final TimelineService timeline;
  private final EventInputParser parser;

  public EditCommand(TimelineService timeline, EventInputParser parser) {
    this.timeline = timeline;
    this.parser = parser;
  }

  @Override
  public List<String> names() {
    return List.of("edit");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm edit N [WHEN] [MARKER:] TEXT` corrects event N (the old version is kept) — `"
            + EXAMPLE
            + "`");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    String[] parts = args.split("\\s+", 2);
    int number = EventNumber.parse(parts[0], EXAMPLE);
    String rest = parts.length > 1 ? parts[1] : "";
    EventInput input = request.inUserZone(zone -> parser.parse(rest, zone, true));
    if (input.when().isEmpty() && input.marker().isEmpty() && input.text().isEmpty()) {
      throw new UserFacingException(
          "Say what to change in event #" + number + ": a time, a marker or new text.", EXAMPLE);
    }
    TimelineEvent edited =
        timeline.edit(
            request.teamId(),
            request.channelId(),
            request.userId(),
            number,
            input.when(),
            input.marker(),
            input.text());
    return Reply.confirmation(
        ":pencil2: "
            + SlackFormat.event(edited, request.userZone())
            + "\n_edited by <@"
            + request.userId()
            + ">; the previous version is kept_");
  }
}
