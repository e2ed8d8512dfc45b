package dev.scribe.slack.drafts;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesInfoResponse;
import com.slack.api.model.File;
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
import dev.scribe.postmortem.MadeDraft;
import dev.scribe.slack.InertMrkdwn;
import dev.scribe.slack.SlackOutcomes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a draft to the incident channel: the Markdown file and the timeline picture in one message
 * ({@code files.getUploadURLExternal} → upload → {@code files.completeUploadExternal}).
 *
 * <p>Posted once: the ids of the uploaded files are noted before the upload is completed, so an
 * attempt after one whose completion went unanswered asks {@code files.info} whether those files
 * were shared in the channel, and does not post them again if they were.
 */
public final class DraftDelivery implements Sender<DraftJob> {

  private static final Logger log = LoggerFactory.getLogger(DraftDelivery.class);

  private final MethodsClient slack;
  private final DraftRequests drafts;
  private final UserDirectory users;

  public DraftDelivery(MethodsClient slack, DraftRequests drafts, UserDirectory users) {
    this.slack = slack;
    this.drafts = drafts;
    this.users = users;
  }

  @Override
  public MessageKind<DraftJob> kind() {
    return DraftJob.FILE;
  }

  @Override
  public Delivery send(Outgoing<DraftJob> message) {
    MadeDraft draft;
    try {
      draft = drafts.make(message.teamId(), message.payload(), users);
    } catch (UserFacingException e) {
      return new Delivery.Failed(e.problem());
    } catch (RuntimeException e) {
      log.error("Making the draft of {} failed", message.payload().incidentPublicId(), e);
      return new Delivery.Failed("making it failed on Scribe's side.");
    }
    return upload(message, draft);
  }

  private Delivery upload(Outgoing<DraftJob> message, MadeDraft draft) {
    String id = draft.incident().publicId();
    boolean completing = false;
    try {
      String markdown =
          uploadFile(
              draft.markdown().getBytes(StandardCharsets.UTF_8), id + "-postmortem.md", null);
      String png =
          uploadFile(
              draft.png(),
              id + "-timeline.png",
              "Timeline of " + id + " with its markers and impact window");
      message.saveProgress(withUpload(message.progress(), markdown));
      completing = true;
      FilesCompleteUploadExternalResponse done =
          slack.filesCompleteUploadExternal(
              r ->
                  r.files(
                          List.of(
                              details(markdown, id + " post-mortem draft"),
                              details(png, id + " timeline")))
                      .channelId(draft.incident().channelId())
                      .initialComment(
                          InertMrkdwn.of(
                              draft.summary(),
                              Set.of(),
                              user -> users.displayName(message.teamId(), user))));
      SlackOutcomes.requireOk(done.isOk(), done.getError());
      return new Delivery.Sent(markdown);
    } catch (SlackApiException e) {
      return maybeArrived(SlackOutcomes.ofHttp(e), completing);
    } catch (IOException e) {
      return SlackOutcomes.ofNetwork(e);
    } catch (SlackOutcomes.NotOk e) {
      return SlackOutcomes.ofError(e.error());
    }
  }

  /** A completion that failed without a refusal may have shared the files all the same. */
  private static Delivery maybeArrived(Delivery delivery, boolean completing) {
    return completing && delivery instanceof Delivery.RetryLater later ? later.inDoubt() : delivery;
  }

  /** Reserves a file id, uploads the bytes to the URL Slack gave; returns the id. */
  private String uploadFile(byte[] bytes, String filename, String altText)
      throws IOException, SlackApiException, SlackOutcomes.NotOk {
    FilesGetUploadURLExternalResponse reserved =
        slack.filesGetUploadURLExternal(
            r -> r.filename(filename).length(bytes.length).altTxt(altText));
    SlackOutcomes.requireOk(reserved.isOk(), reserved.getError());
    Request post =
        new Request.Builder().url(reserved.getUploadUrl()).post(RequestBody.create(bytes)).build();
    try (Response uploaded = slack.getSlackHttpClient().getOkHttpClient().newCall(post).execute()) {
      SlackOutcomes.requireOk(uploaded.isSuccessful(), "upload_failed_http_" + uploaded.code());
    }
    return reserved.getFileId();
  }

  private static FileDetails details(String fileId, String title) {
    return FileDetails.builder().id(fileId).title(title).build();
  }

  /** Every Markdown file an attempt uploaded, oldest first: any of them may have been shared. */
  private static String withUpload(Optional<String> earlier, String fileId) {
    return earlier.map(e -> e + "," + fileId).orElse(fileId);
  }

  /** Whether a file an earlier attempt uploaded was shared in the channel after all. */
  @Override
  public Lookup findDelivered(Outgoing<DraftJob> message) {
    String channel = message.payload().channelId();
    List<String> uploaded =
        message.progress().map(p -> Arrays.asList(p.split(","))).orElse(new ArrayList<>());
    try {
      for (String fileId : uploaded) {
        FilesInfoResponse info = slack.filesInfo(r -> r.file(fileId));
        if (info.isOk() && isSharedIn(info.getFile(), channel)) {
          return new Lookup.Found(fileId);
        }
        if (!info.isOk() && !"file_not_found".equals(info.getError())) {
          return SlackOutcomes.unavailable(SlackOutcomes.ofError(info.getError()));
        }
      }
      return new Lookup.NotFound();
    } catch (SlackApiException e) {
      return SlackOutcomes.unavailable(SlackOutcomes.ofHttp(e));
    } catch (IOException e) {
      return SlackOutcomes.unavailable(SlackOutcomes.ofNetwork(e));
    }
  }

  private static boolean isSharedIn(File file, String channel) {
    if (file == null) {
      return false;
    }
    if (file.getChannels() != null && file.getChannels().contains(channel)
        || file.getGroups() != null && file.getGroups().contains(channel)) {
      return true;
    }
    File.Shares shares = file.getShares();
    return shares != null
        && (shares.getPublicChannels() != null && shares.getPublicChannels().containsKey(channel)
            || shares.getPrivateChannels() != null
                && shares.getPrivateChannels().containsKey(channel));
  }

  /** The requester is told privately in the channel (or by DM) why the draft never came. */
  @Override
  public Optional<FailureNotice> noticeOnGiveUp(Outgoing<DraftJob> message, String reason) {
    DraftJob job = message.payload();
    return Optional.of(
        new FailureNotice(
            job.channelId(),
            job.requesterId(),
            couldNotPost(job.incidentPublicId(), job.channelId(), problem(reason))));
  }

  /** A bare Slack error code says little: name it as the upload's. */
  private static String problem(String reason) {
    if (reason.matches("[a-z_0-9]+")) {
      return "Slack refused the upload (" + reason + ").";
    }
    return reason.endsWith(".") ? reason : reason + ".";
  }

  static String couldNotPost(String incidentPublicId, String channelId, String problem) {
    return ":x: I couldn't post the draft of "
        + incidentPublicId
        + ": "
        + problem
        + " If Scribe is not in this channel, `/invite @Scribe`. An admin can also print it with `scribe draft"
        + " --channel "
        + channelId
        + "`.";
  }
}
