package dev.scribe.recording;

import dev.scribe.actions.ActionDraft;
import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionItemRepository;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.IncidentAction;
import dev.scribe.actions.MessageActionItems;
import dev.scribe.actions.Priority;
import dev.scribe.common.ChangeNotices;
import dev.scribe.common.Transactor;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.timeline.DeliveryLog;
import dev.scribe.timeline.MessageRef;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Action items recorded by tagging a message with a mapped reaction (default {@code :memo:}). The
 * item is stored with the delivery, so the reaction can be acknowledged at once; the message's
 * words and its owner (the first person the message mentions) are attached once fetched.
 */
public final class MessageActionItemService {

  /** An item's words until the tagged message has been read from Slack. */
  public static final String AWAITING_TEXT = "(the tagged message is being read from Slack)";

  private final IncidentRepository incidents;
  private final MessageActionItems fromMessages;
  private final ActionItemRepository items;
  private final DeliveryLog deliveries;
  private final Transactor transactor;
  private final ChangeNotices notices;
  private final Clock clock;

  public MessageActionItemService(
      IncidentRepository incidents,
      MessageActionItems fromMessages,
      ActionItemRepository items,
      DeliveryLog deliveries,
      Transactor transactor,
      ChangeNotices notices,
      Clock clock) {
    this.incidents = incidents;
    this.fromMessages = fromMessages;
    this.items = items;
    this.deliveries = deliveries;
    this.transactor = transactor;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * Records an item from the message on the channel's open incident, else its latest one.
   *
   * @return the item, new or the one the message already gave; empty when the channel has no
   *     incident or this delivery was applied before
   */
  public Optional<Recorded> record(
      String teamId, String deliveryId, MessageRef message, String taggerId) {
    return transactor.inTransaction(
        () -> {
          Instant now = clock.instant();
          if (!deliveries.firstDelivery(teamId, deliveryId, now)) {
            return Optional.<Recorded>empty();
          }
          Optional<Incident> incident =
              incidents
                  .openIn(teamId, message.channelId())
                  .or(() -> incidents.latestIn(teamId, message.channelId()));
          if (incident.isEmpty()) {
            return Optional.<Recorded>empty();
          }
          ActionDraft draft =
              new ActionDraft(
                  incident.get().id(),
                  AWAITING_TEXT,
                  null,
                  null,
                  Priority.MEDIUM,
                  ActionKind.SHORT_TERM,
                  null,
                  taggerId,
                  now);
          Optional<ActionItem> added = fromMessages.addUnlessRecorded(teamId, draft, message);
          ActionItem item =
              added
                  .or(() -> fromMessages.fromMessage(teamId, incident.get().id(), message))
                  .orElseThrow();
          return Optional.of(new Recorded(incident.get(), item, added.isPresent()));
        });
  }

  /**
   * Gives a waiting item the tagged message's words; its owner becomes the first person the message
   * mentions, unless someone set one already.
   *
   * @param mentioned the user ids the message mentions, in order
   * @return the item as it is now
   */
  public Optional<IncidentAction> attachMessage(
      String teamId, long itemId, String text, List<String> mentioned) {
    String words = text == null || text.isBlank() ? "(message without text)" : text.strip();
    fromMessages.attachMessage(
        teamId, itemId, AWAITING_TEXT, words, mentioned.stream().findFirst());
    Optional<IncidentAction> now = items.byId(teamId, itemId);
    now.flatMap(a -> a.item().owner())
        .ifPresent(owner -> notices.itemsChanged(teamId, List.of(owner)));
    return now;
  }

  /** Items whose message has not been read yet (for retries, also after a restart). */
  public List<MessageActionItems.Pending> awaitingMessage(int limit) {
    return fromMessages.awaitingMessage(limit);
  }

  /** An item from a message, and whether this tag created it. */
  public record Recorded(Incident incident, ActionItem item, boolean created) {}
}
