package dev.scribe.slack.drafts;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.slack.InertMrkdwn;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a draft to the incident channel: the Markdown file and the timeline picture in one message
 * ({@code files.getUploadURLExternal} → upload → {@code files.completeUploadExternal}, as {@code
 * filesUploadV2} does), and optionally a channel canvas.
 */
public final class DraftDelivery {

  private static final Logger log = LoggerFactory.getLogger(DraftDelivery.class);

  private final MethodsClient slack;
  private final boolean canvas;

  public DraftDelivery(MethodsClient slack, boolean canvas) {
    this.slack = slack;
    this.canvas = canvas;
  }

  /** A draft ready to post: the Markdown, the timeline picture and the summary message. */
  public record Draft(String markdown, byte[] png, String summary) {}

  /** Makes and uploads the draft; tells the requester privately if either fails. */
  public void deliver(Incident incident, String requesterId, Supplier<Draft> make) {
    Draft draft;
    try {
      draft = make.get();
    } catch (UserFacingException e) {
      tell(incident, requesterId, e.problem());
      return;
    } catch (RuntimeException e) {
      log.error("Making the draft of {} failed", incident.publicId(), e);
      tell(incident, requesterId, "making it failed on Scribe's side.");
      return;
    }
    upload(incident, requesterId, draft.markdown(), draft.png(), draft.summary());
  }

  private void upload(
      Incident incident, String requesterId, String markdown, byte[] png, String summary) {
    String base = incident.publicId() + "-postmortem";
    try {
      FilesUploadV2Response response =
          slack.filesUploadV2(
              FilesUploadV2Request.builder()
                  .channel(incident.channelId())
                  .initialComment(InertMrkdwn.of(summary, Set.of()))
                  .uploadFiles(
                      List.of(
                          FilesUploadV2Request.UploadFile.builder()
                              .fileData(markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                              .filename(base + ".md")
                              .title(incident.publicId() + " post-mortem draft")
                              .build(),
                          FilesUploadV2Request.UploadFile.builder()
                              .fileData(png)
                              .filename(incident.publicId() + "-timeline.png")
                              .title(incident.publicId() + " timeline")
                              .altTxt(
                                  "Timeline of "
                                      + incident.publicId()
                                      + " with its markers and impact window")
                              .build()))
                  .build());
      if (!response.isOk()) {
        tell(incident, requesterId, "Slack refused the upload (" + response.getError() + ").");
        return;
      }
    } catch (Exception e) {
      log.warn("Uploading the draft of {} failed", incident.publicId(), e);
      tell(incident, requesterId, "The upload to Slack failed (" + e.getMessage() + ").");
      return;
    }
    if (canvas) {
      postCanvas(incident, markdown);
    }
  }

  private void postCanvas(Incident incident, String markdown) {
    try {
      var response =
          slack.conversationsCanvasesCreate(
              r ->
                  r.channelId(incident.channelId())
                      .documentContent(
                          com.slack.api.model.canvas.CanvasDocumentContent.builder()
                              .markdown(markdown)
                              .build()));
      if (!response.isOk()) {
        log.info("No canvas for {}: {}", incident.publicId(), response.getError());
      }
    } catch (Exception e) {
      log.info("No canvas for {}: {}", incident.publicId(), e.getMessage());
    }
  }

  private void tell(Incident incident, String userId, String problem) {
    try {
      String text =
          ":x: I couldn't post the draft of "
              + incident.publicId()
              + ": "
              + problem
              + " If Scribe is not in this channel, `/invite @Scribe`. An admin can also print it with `scribe draft"
              + " --channel "
              + incident.channelId()
              + "`.";
      slack.chatPostEphemeral(
          r ->
              r.channel(incident.channelId())
                  .user(userId)
                  .text(InertMrkdwn.of(text, Set.of(userId)))
                  .linkNames(false));
    } catch (Exception e) {
      log.warn("Could not tell {} about the failed draft: {}", userId, e.getMessage());
    }
  }
}
