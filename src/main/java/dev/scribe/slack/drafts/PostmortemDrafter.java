package dev.scribe.slack.drafts;

import dev.scribe.common.UserDirectory;
import dev.scribe.incident.Incident;
import dev.scribe.postmortem.DraftService;
import dev.scribe.postmortem.DraftSource;
import dev.scribe.postmortem.PostmortemService;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Makes an incident's post-mortem draft and posts it to the incident channel, after the
 * acknowledgement: for {@code /pm draft} and App Home's "Draft post-mortem" button.
 */
public final class PostmortemDrafter {

  private final PostmortemService postmortems;
  private final UserDirectory users;
  private final DraftDelivery delivery;
  private final Executor afterAck;
  private final ZoneId fallbackZone;

  public PostmortemDrafter(
      PostmortemService postmortems,
      UserDirectory users,
      DraftDelivery delivery,
      Executor afterAck,
      ZoneId fallbackZone) {
    this.postmortems = postmortems;
    this.users = users;
    this.delivery = delivery;
    this.afterAck = afterAck;
    this.fallbackZone = fallbackZone;
  }

  /**
   * Drafts with the template (checked by the caller) in the requester's zone, both read only after
   * the acknowledgement: finding a zone may ask Slack.
   */
  public void draftLater(
      Incident incident, String requesterId, String templateName, Supplier<ZoneId> zone) {
    DraftService drafts = postmortems.drafts(incident.teamId());
    afterAck.execute(
        () ->
            delivery.deliver(
                incident,
                requesterId,
                () -> {
                  DraftSource source = postmortems.source(incident, users, zone.get());
                  return new DraftDelivery.Draft(
                      drafts.markdown(source, templateName),
                      drafts.timelinePng(source),
                      drafts.summaryLine(source));
                }));
  }

  /** The default template, in the requester's own zone (App Home's button). */
  public void draftLater(Incident incident, String requesterId) {
    draftLater(
        incident,
        requesterId,
        DraftService.DEFAULT_TEMPLATE,
        () -> users.zone(incident.teamId(), requesterId).orElse(fallbackZone));
  }
}
