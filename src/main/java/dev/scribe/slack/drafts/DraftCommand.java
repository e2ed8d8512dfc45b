package dev.scribe.slack.drafts;

import dev.scribe.common.UserDirectory;
import dev.scribe.incident.Incident;
import dev.scribe.postmortem.DraftService;
import dev.scribe.postmortem.DraftSource;
import dev.scribe.postmortem.PostmortemService;
import dev.scribe.recording.IncidentService;
import dev.scribe.slack.InertMrkdwn;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * {@code /pm draft [TEMPLATE]} and {@code /pm draft list}. The template name is checked before the
 * acknowledgement, so a wrong one is reported at once; the draft is made and uploaded after it
 * (making it may ask Slack for the names of people it has not seen yet).
 */
public final class DraftCommand implements PmSubcommand {

  private final IncidentService incidents;
  private final PostmortemService postmortems;
  private final UserDirectory users;
  private final DraftDelivery delivery;
  private final Executor afterAck;

  public DraftCommand(
      IncidentService incidents,
      PostmortemService postmortems,
      UserDirectory users,
      DraftDelivery delivery,
      Executor afterAck) {
    this.incidents = incidents;
    this.postmortems = postmortems;
    this.users = users;
    this.delivery = delivery;
    this.afterAck = afterAck;
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
    afterAck.execute(
        () ->
            delivery.deliver(
                incident,
                request.userId(),
                () -> {
                  DraftSource source = postmortems.source(incident, users, request.userZone());
                  return new DraftDelivery.Draft(
                      drafts.markdown(source, templateName),
                      drafts.timelinePng(source),
                      InertMrkdwn.of(drafts.summaryLine(source), Set.of(), source.userNames()));
                }));
    return Reply.ephemeral(
        ":hourglass_flowing_sand: Drafting the post-mortem of *"
            + incident.publicId()
            + "* with the `"
            + template
            + "` template; it will be posted here in a moment. Run `/pm draft` again after "
            + "`/pm set …` to get a fuller draft.");
  }
}
