package dev.scribe.slack.drafts;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationProperties;
import com.slack.api.model.canvas.CanvasDocumentChange;
import com.slack.api.model.canvas.CanvasDocumentContent;
import dev.scribe.common.UserDirectory;
import dev.scribe.common.UserFacingException;
import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.FailureNotice;
import dev.scribe.outbox.Lookup;
import dev.scribe.outbox.MessageKind;
import dev.scribe.outbox.Outgoing;
import dev.scribe.outbox.Sender;
import dev.scribe.postmortem.DraftJob;
import dev.scribe.postmortem.DraftRequests;
import dev.scribe.slack.SlackOutcomes;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a draft in the channel's canvas: the first time with {@code conversations.canvases.create};
 * afterwards, and when the channel already has a canvas, by replacing its content with {@code
 * canvases.edit}. The canvas is the one Scribe recorded creating or replacing, else the one {@code
 * conversations.info} names. Replacing is idempotent, so an attempt whose outcome was lost is
 * simply made again.
 */
public final class CanvasDelivery implements Sender<DraftJob> {

  private static final Logger log = LoggerFactory.getLogger(CanvasDelivery.class);

  private final MethodsClient slack;
  private final DraftRequests drafts;
  private final UserDirectory users;

  public CanvasDelivery(MethodsClient slack, DraftRequests drafts, UserDirectory users) {
    this.slack = slack;
    this.drafts = drafts;
    this.users = users;
  }

  @Override
  public MessageKind<DraftJob> kind() {
    return DraftJob.CANVAS;
  }

  @Override
  public Delivery send(Outgoing<DraftJob> message) {
    DraftJob job = message.payload();
    String markdown;
    try {
      markdown = drafts.make(message.teamId(), job, users).markdown();
    } catch (UserFacingException e) {
      return new Delivery.Failed(e.problem());
    } catch (RuntimeException e) {
      log.error("Making the canvas of {} failed", job.incidentPublicId(), e);
      return new Delivery.Failed("making it failed on Scribe's side.");
    }
    try {
      Optional<String> known = drafts.knownCanvas(message.teamId(), job.channelId());
      if (known.isPresent() && replace(known.get(), markdown)) {
        return new Delivery.Sent(known.get());
      }
      var created =
          slack.conversationsCanvasesCreate(
              r ->
                  r.channelId(job.channelId())
                      .documentContent(CanvasDocumentContent.builder().markdown(markdown).build()));
      if (created.isOk()) {
        return new Delivery.Sent(created.getCanvasId());
      }
      if (!"channel_canvas_already_exists".equals(created.getError())) {
        return SlackOutcomes.ofError(created.getError());
      }
      Optional<String> existing = channelCanvas(job.channelId());
      if (existing.isPresent() && replace(existing.get(), markdown)) {
        return new Delivery.Sent(existing.get());
      }
      return new Delivery.Failed(
          "the channel already has a canvas, and Slack did not let Scribe replace it.");
    } catch (SlackApiException e) {
      return SlackOutcomes.ofHttp(e);
    } catch (IOException e) {
      return SlackOutcomes.ofNetwork(e);
    } catch (SlackOutcomes.NotOk e) {
      return SlackOutcomes.ofError(e.error());
    }
  }

  /**
   * Replaces the canvas's whole content; false when that canvas is gone (deleted since), so that
   * another is looked for or created. Other refusals are thrown.
   */
  private boolean replace(String canvasId, String markdown)
      throws IOException, SlackApiException, SlackOutcomes.NotOk {
    var edited =
        slack.canvasesEdit(
            r ->
                r.canvasId(canvasId)
                    .changes(
                        List.of(
                            CanvasDocumentChange.builder()
                                .operation("replace")
                                .documentContent(
                                    CanvasDocumentContent.builder().markdown(markdown).build())
                                .build())));
    if (!edited.isOk() && "canvas_not_found".equals(edited.getError())) {
      return false;
    }
    SlackOutcomes.requireOk(edited.isOk(), edited.getError());
    return true;
  }

  /** The channel canvas's id from {@code conversations.info}, if Slack says. */
  private Optional<String> channelCanvas(String channelId)
      throws IOException, SlackApiException, SlackOutcomes.NotOk {
    ConversationsInfoResponse info = slack.conversationsInfo(r -> r.channel(channelId));
    SlackOutcomes.requireOk(info.isOk(), info.getError());
    return Optional.ofNullable(info.getChannel())
        .map(Conversation::getProperties)
        .map(ConversationProperties::getCanvas)
        .map(ConversationProperties.Canvas::getFileId);
  }

  /** Replacing again with the same content does no harm: no need to look. */
  @Override
  public Lookup findDelivered(Outgoing<DraftJob> message) {
    return new Lookup.NotFound();
  }

  @Override
  public Optional<FailureNotice> noticeOnGiveUp(Outgoing<DraftJob> message, String reason) {
    DraftJob job = message.payload();
    String problem =
        reason.matches("[a-z_0-9]+")
            ? "Slack refused it (" + reason + ")."
            : reason.endsWith(".") ? reason : reason + ".";
    return Optional.of(
        new FailureNotice(
            job.channelId(),
            job.requesterId(),
            ":x: I couldn't put the draft of "
                + job.incidentPublicId()
                + " in this channel's canvas: "
                + problem));
  }
}
