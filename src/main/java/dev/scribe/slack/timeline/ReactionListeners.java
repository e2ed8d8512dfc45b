package dev.scribe.slack.timeline;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import dev.scribe.common.ChangeNotices;
import dev.scribe.recording.MessageActionItemService;
import dev.scribe.recording.TaggedMessageService;
import dev.scribe.slack.BotIdentity;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.MessageRef;
import dev.scribe.workspace.WorkspaceSettings;
import dev.scribe.workspace.WorkspaceSettingsRepository;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reactions and message changes in incident channels. Each handler stores what it must and only
 * then returns the acknowledgement, so a delivery Slack saw acknowledged is committed; Slack's
 * retries carry the same event id and are applied once. The tagger's confirmation is stored with
 * the tag and sent from the outbox.
 */
public final class ReactionListeners {

  private static final Logger log = LoggerFactory.getLogger(ReactionListeners.class);

  private final TaggedMessageService timeline;
  private final WorkspaceSettingsRepository settings;
  private final TaggedMessageFetcher fetcher;
  private final ExecutorService afterAck;
  private final boolean confirmationsDefault;
  private final MessageActionItemService actionItems;
  private final ActionItemMessageFetcher actionItemFetcher;
  private final ChangeNotices notices;
  private final BotIdentity self;

  public ReactionListeners(
      TaggedMessageService timeline,
      WorkspaceSettingsRepository settings,
      TaggedMessageFetcher fetcher,
      ExecutorService afterAck,
      boolean confirmationsDefault,
      MessageActionItemService actionItems,
      ActionItemMessageFetcher actionItemFetcher,
      ChangeNotices notices,
      BotIdentity self) {
    this.self = self;
    this.timeline = timeline;
    this.settings = settings;
    this.fetcher = fetcher;
    this.afterAck = afterAck;
    this.confirmationsDefault = confirmationsDefault;
    this.actionItems = actionItems;
    this.actionItemFetcher = actionItemFetcher;
    this.notices = notices;
  }

  public void register(App app) {
    app.event(ReactionAddedEvent.class, this::reactionAdded);
    app.event(ReactionRemovedEvent.class, this::reactionRemoved);
    app.event(MessageChangedEvent.class, this::messageChanged);
    app.event(MessageDeletedEvent.class, this::messageDeleted);
  }

  Response reactionAdded(EventsApiPayload<ReactionAddedEvent> payload, EventContext ctx) {
    ReactionAddedEvent event = payload.getEvent();
    if (event.getItem() == null || !"message".equals(event.getItem().getType())) {
      return ctx.ack();
    }
    // Scribe's own posts are not evidence. Slack says whose message it is (item_user), so this
    // needs no Web API call; when it does not, the fetcher drops the event once it sees the author.
    if (self.isAuthor(event.getItemUser(), null)) {
      return ctx.ack();
    }
    String teamId = payload.getTeamId();
    WorkspaceSettings workspace = settings.settings(teamId, confirmationsDefault);
    if (workspace.recordsActionItem(event.getReaction())) {
      return actionItemTagged(payload, ctx);
    }
    Optional<Marker> marker = workspace.markerFor(event.getReaction());
    if (marker.isEmpty()) {
      return ctx.ack();
    }
    MessageRef message = new MessageRef(event.getItem().getChannel(), event.getItem().getTs());
    Optional<TaggedMessageService.Tagged> tagged =
        timeline.tag(
            teamId,
            payload.getEventId(),
            message,
            event.getUser(),
            event.getReaction(),
            marker.get(),
            event.getItemUser() != null && !event.getItemUser().isBlank());
    tagged
        .filter(TaggedMessageService.Tagged::created)
        .ifPresent(
            t ->
                afterAck.execute(
                    () -> {
                      try {
                        fetcher.fetch(teamId, t.event().id(), message);
                      } catch (RuntimeException e) {
                        // Stored and acknowledged already; the minute-by-minute retry fetches the
                        // words later.
                        log.warn("Fetching tagged message {} failed; will retry", message.ts(), e);
                      }
                    }));
    tagged.ifPresent(t -> notices.incidentsChanged(teamId));
    return ctx.ack();
  }

  /**
   * A mapped reaction such as {@code :memo:}: the message becomes an action item of the channel's
   * incident, stored before the ack; its words, owner and the note to the tagger come after.
   */
  private Response actionItemTagged(
      EventsApiPayload<ReactionAddedEvent> payload, EventContext ctx) {
    ReactionAddedEvent event = payload.getEvent();
    String teamId = payload.getTeamId();
    MessageRef message = new MessageRef(event.getItem().getChannel(), event.getItem().getTs());
    actionItems
        .record(teamId, payload.getEventId(), message, event.getUser())
        .ifPresent(
            recorded ->
                afterAck.execute(
                    () -> {
                      try {
                        actionItemFetcher.tagged(teamId, recorded, message, event.getUser());
                      } catch (RuntimeException e) {
                        log.warn(
                            "Reading action item {} failed; will retry", recorded.item().id(), e);
                      }
                    }));
    return ctx.ack();
  }

  /**
   * The tagger's private note (sent from the outbox by {@link TagConfirmationSender}): where the
   * message landed, and how to take it off.
   */
  static String confirmation(String incidentPublicId, int number, Marker marker) {
    return ":pushpin: Recorded on *"
        + incidentPublicId
        + "* as #"
        + number
        + (marker.isNote() ? "" : " *" + marker.display() + "*")
        + ". Remove your reaction to take it off the timeline.";
  }

  Response reactionRemoved(EventsApiPayload<ReactionRemovedEvent> payload, EventContext ctx) {
    ReactionRemovedEvent event = payload.getEvent();
    if (event.getItem() != null && "message".equals(event.getItem().getType())) {
      timeline.untag(
          payload.getTeamId(),
          payload.getEventId(),
          new MessageRef(event.getItem().getChannel(), event.getItem().getTs()),
          event.getUser(),
          event.getReaction());
      notices.incidentsChanged(payload.getTeamId());
    }
    return ctx.ack();
  }

  Response messageChanged(EventsApiPayload<MessageChangedEvent> payload, EventContext ctx) {
    MessageChangedEvent event = payload.getEvent();
    if (isTombstone(event)) {
      // A message deleted while it has thread replies stays as a tombstone ("This message was
      // deleted."): a deletion, not new words.
      timeline.messageDeleted(
          payload.getTeamId(),
          payload.getEventId(),
          new MessageRef(event.getChannel(), event.getMessage().getTs()));
    } else if (event.getMessage() != null
        && event.getMessage().getTs() != null
        && event.getMessage().getText() != null) {
      timeline.messageEdited(
          payload.getTeamId(),
          payload.getEventId(),
          new MessageRef(event.getChannel(), event.getMessage().getTs()),
          event.getMessage().getText());
    }
    return ctx.ack();
  }

  private static boolean isTombstone(MessageChangedEvent event) {
    return event.getMessage() != null
        && event.getMessage().getTs() != null
        && "tombstone".equals(event.getMessage().getSubtype());
  }

  Response messageDeleted(EventsApiPayload<MessageDeletedEvent> payload, EventContext ctx) {
    MessageDeletedEvent event = payload.getEvent();
    if (event.getDeletedTs() != null) {
      timeline.messageDeleted(
          payload.getTeamId(),
          payload.getEventId(),
          new MessageRef(event.getChannel(), event.getDeletedTs()));
    }
    return ctx.ack();
  }
}
