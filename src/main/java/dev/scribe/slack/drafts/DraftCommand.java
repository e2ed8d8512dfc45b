package dev.scribe.slack.drafts;

import dev.scribe.incident.Incident;
import dev.scribe.postmortem.DraftRequests;
import dev.scribe.postmortem.DraftService;
import dev.scribe.postmortem.PostmortemService;
import dev.scribe.recording.IncidentService;
import dev.scribe.review.Review;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import java.util.List;
import java.util.UUID;

/**
 * {@code /pm draft [TEMPLATE]} and {@code /pm draft list}. The template name is checked before the
 * acknowledgement, so a wrong one is reported at once; the request is stored in the outbox, with
 * the new version of the post-mortem it makes, before the acknowledgement (so the reply says which
 * version is coming), and the draft is made and uploaded from there ({@link DraftDelivery}), so it
 * arrives even if Slack is down for a while or Scribe restarts.
 */
public final class DraftCommand implements PmSubcommand {

  private final IncidentService incidents;
  private final PostmortemService postmortems;
  private final DraftRequests requests;
  private final boolean canvas;

  /**
   * @param canvas whether each draft also goes into the channel's canvas
   */
  public DraftCommand(
      IncidentService incidents,
      PostmortemService postmortems,
      DraftRequests requests,
      boolean canvas) {
    this.incidents = incidents;
    this.postmortems = postmortems;
    this.requests = requests;
    this.canvas = canvas;
  }

  @Override
  public List<String> names() {
    return List.of("draft", "postmortem");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm draft [TEMPLATE]` posts the post-mortem draft to this channel (`/pm draft list` shows the "
            + "templates) — `/pm draft aws`");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    DraftService drafts = postmortems.drafts(request.teamId());
    String template =
        args.isBlank() ? DraftService.DEFAULT_TEMPLATE : args.strip().split("\\s+")[0];
    if (DraftService.isListRequest(template)) {
      return Reply.ephemeral("*Templates* (`/pm draft NAME`):\n" + drafts.templateListing());
    }
    Incident incident = incidents.current(request.teamId(), request.channelId());
    String templateName = drafts.template(template).name();
    Review review =
        requests.request(
            incident,
            request.userId(),
            templateName,
            request.userZone(),
            // Slack gives each slash command invocation its own trigger id.
            request.triggerId() == null ? UUID.randomUUID().toString() : request.triggerId(),
            canvas);
    return Reply.ephemeral(
        ":hourglass_flowing_sand: Drafting version "
            + review.version()
            + " of the post-mortem of *"
            + incident.publicId()
            + "* ("
            + review.status().display()
            + ") with the `"
            + template
            + "` template; it will be posted here in a moment. Run `/pm draft` again after "
            + "`/pm set …` to get a fuller draft.");
  }
}
