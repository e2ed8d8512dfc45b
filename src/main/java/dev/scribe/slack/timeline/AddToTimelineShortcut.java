package dev.scribe.slack.timeline;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;
import com.slack.api.model.view.View;
import dev.scribe.common.ChangeNotices;
import dev.scribe.common.UserFacingException;
import dev.scribe.recording.MessageCaptureService;
import dev.scribe.slack.BotIdentity;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.TimelineEvent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Add to incident timeline" message shortcut, on any message Slack shows the menu for (a
 * thread reply, another channel, an alert from an integration). The shortcut is acknowledged at
 * once and the modal opened after it (the trigger is good for 3 seconds; what the modal offers is
 * read from the database first). The submission is stored before its acknowledgement, which answers
 * with the outcome in the modal or with the problem next to the field. Scribe's own posts
 * (confirmations, reminders, digests) are not evidence, and what they confirm is on the timeline
 * already: on one of them the modal says so and offers nothing to save.
 */
public final class AddToTimelineShortcut {

  /** The shortcut's callback id, as in the app manifests. */
  public static final String CALLBACK_ID = "add_to_timeline";

  private static final Logger log = LoggerFactory.getLogger(AddToTimelineShortcut.class);

  private final MessageCaptureService captures;
  private final MethodsClient slack;
  private final Executor afterAck;
  private final ChangeNotices notices;
  private final BotIdentity self;

  public AddToTimelineShortcut(
      MessageCaptureService captures,
      MethodsClient slack,
      Executor afterAck,
      ChangeNotices notices,
      BotIdentity self) {
    this.captures = captures;
    this.slack = slack;
    this.afterAck = afterAck;
    this.notices = notices;
    this.self = self;
  }

  public void register(App app) {
    app.messageShortcut(CALLBACK_ID, this::open);
    app.viewSubmission(AddToTimelineModal.CALLBACK_ID, this::submit);
  }

  Response open(MessageShortcutRequest req, MessageShortcutContext ctx) {
    MessageShortcutPayload p = req.getPayload();
    Message message = p.getMessage();
    String ts = message != null && message.getTs() != null ? message.getTs() : p.getMessageTs();
    AddToTimelineModal.Origin origin =
        new AddToTimelineModal.Origin(
            new MessageRef(p.getChannel().getId(), ts),
            message == null ? null : message.getThreadTs(),
            message == null ? null : SlackMessageReader.authorOf(message),
            p.getTeam() == null ? null : p.getTeam().getDomain());
    View modal =
        message != null && self.isAuthor(message.getUser(), message.getBotId())
            ? AddToTimelineModal.scribesOwnMessage(origin)
            : choose(p.getTeam().getId(), origin, message);
    String trigger = p.getTriggerId();
    afterAck.execute(
        () -> {
          try {
            var opened = slack.viewsOpen(r -> r.triggerId(trigger).view(modal));
            if (!opened.isOk()) {
              log.warn("views.open for the shortcut answered {}", opened.getError());
            }
          } catch (Exception e) {
            log.warn("Opening the shortcut's modal failed: {}", e.toString());
          }
        });
    return ctx.ack();
  }

  private View choose(String team, AddToTimelineModal.Origin origin, Message message) {
    MessageCaptureService.Choices choices = captures.choices(team, origin.message().channelId());
    Optional<TimelineEvent> existing =
        choices.channelIncident().flatMap(i -> captures.existing(team, i.id(), origin.message()));
    String text = message == null ? "" : SlackMessageReader.textOf(message);
    return AddToTimelineModal.of(origin, text, choices, existing);
  }

  Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    View view = req.getPayload().getView();
    String team = ctx.getTeamId();
    String user = req.getPayload().getUser().getId();
    Optional<AddToTimelineModal.Origin> origin =
        AddToTimelineModal.Origin.decode(view.getPrivateMetadata());
    AddToTimelineModal.Choice choice = AddToTimelineModal.Choice.of(view);
    if (origin.isEmpty() || choice.incidentId().isEmpty()) {
      return ctx.ackWithErrors(Map.of(AddToTimelineModal.INCIDENT, "Pick an incident."));
    }
    if (choice.text().isBlank()) {
      return ctx.ackWithErrors(
          Map.of(AddToTimelineModal.TEXT, "Say what happened: the text cannot be empty."));
    }
    if (choice.text().strip().length() > MessageCaptureService.MAX_TEXT_LENGTH) {
      return ctx.ackWithErrors(
          Map.of(
              AddToTimelineModal.TEXT,
              "Keep it under " + MessageCaptureService.MAX_TEXT_LENGTH + " characters."));
    }
    MessageCaptureService.Source source =
        new MessageCaptureService.Source(
            origin.get().message(), origin.get().authorId(), origin.get().permalink().orElse(null));
    Optional<TimelineEvent> before =
        captures.existing(team, choice.incidentId().get(), origin.get().message());
    MessageCaptureService.Captured captured;
    try {
      captured =
          captures.capture(
              team, choice.incidentId().get(), source, choice.marker(), choice.text(), user);
    } catch (UserFacingException e) {
      // The words were checked above: what is left to refuse is the incident (deleted meanwhile).
      return ctx.ackWithErrors(Map.of(AddToTimelineModal.INCIDENT, e.problem()));
    }
    boolean changed =
        before
            .map(
                b ->
                    b.marker() != captured.event().marker()
                        || !b.text().equals(captured.event().text()))
            .orElse(true);
    afterAck.execute(() -> linkAndNotify(team, captured, origin.get().message()));
    return ctx.ackWithUpdate(AddToTimelineModal.done(captured, changed));
  }

  /** Slack's own permalink replaces the one built from parts (it knows Enterprise Grid's hosts). */
  private void linkAndNotify(
      String team, MessageCaptureService.Captured captured, MessageRef message) {
    notices.incidentsChanged(team);
    try {
      var link =
          slack.chatGetPermalink(r -> r.channel(message.channelId()).messageTs(message.ts()));
      if (link.isOk() && link.getPermalink() != null) {
        captures.linkTo(team, captured.event().id(), link.getPermalink());
      }
    } catch (Exception e) {
      log.info("chat.getPermalink for a captured message failed: {}", e.toString());
    }
  }
}
