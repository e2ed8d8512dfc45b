package dev.scribe.slack.timeline;

import dev.scribe.recording.TimelineService;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import dev.scribe.slack.SlackFormat;
import dev.scribe.timeline.TimelineEvent;
import java.util.List;

/** {@code /pm delete N}: removes event N from the timeline; it stays in the history. */
public final class DeleteCommand implements PmSubcommand {

  static final String EXAMPLE = "/pm delete 7";

  private final TimelineService timeline;

  public DeleteCommand(TimelineService timeline) {
    this.timeline = timeline;
  }

  @Override
  public List<String> names() {
    return List.of("delete", "remove", "rm");
  }

  @Override
  public List<String> help() {
    return List.of("`/pm delete N` removes event N (kept in history) — `" + EXAMPLE + "`");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    int number = EventNumber.parse(args.strip(), EXAMPLE);
    TimelineEvent removed =
        timeline.delete(request.teamId(), request.channelId(), request.userId(), number);
    return Reply.confirmation(
        ":wastebasket: Removed from the timeline by <@"
            + request.userId()
            + "> (kept in history): ~"
            + SlackFormat.event(removed, request.userZone()).replace("~", "")
            + "~");
  }
}
