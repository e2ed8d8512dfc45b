package dev.scribe.recording;

import dev.scribe.common.Transactor;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.outbox.Outbox;
import dev.scribe.timeline.DeliveryLog;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.MessageRef;
import dev.scribe.timeline.NewEvent;
import dev.scribe.timeline.TimelineEvent;
import dev.scribe.timeline.TimelineRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Messages tagged with a reaction, and what happens to them afterwards: more tags, tags removed,
 * the message edited or deleted. Each change is one transaction that also records the delivery, so
 * a retried delivery changes nothing twice; a tag that puts a message on the timeline also owes the
 * tagger a {@link TagConfirmation}, enqueued in that transaction.
 */
public final class TaggedMessageService {

  private final IncidentRepository incidents;
  private final TimelineRepository timeline;
  private final DeliveryLog deliveries;
  private final IncidentService incidentService;
  private final Outbox outbox;
  private final Transactor transactor;
  private final Clock clock;

  public TaggedMessageService(
      IncidentRepository incidents,
      TimelineRepository timeline,
      DeliveryLog deliveries,
      IncidentService incidentService,
      Outbox outbox,
      Transactor transactor,
      Clock clock) {
    this.incidents = incidents;
    this.timeline = timeline;
    this.deliveries = deliveries;
    this.incidentService = incidentService;
    this.outbox = outbox;
    this.transactor = transactor;
    this.clock = clock;
  }

  /**
   * A message was tagged with a reaction that maps to a marker. The event is stored at once, at the
   * message's own post time, and its words are attached later ({@link #attachMessage}); so the
   * delivery can be acknowledged to Slack as soon as this returns. A new event owes the tagger a
   * {@link TagConfirmation}, stored with it when Slack named the message's author (someone other
   * than Scribe); otherwise the message might be Scribe's own post, which is not evidence, so the
   * note is owed only once the words are attached ({@link #attachMessage}).
   *
   * @param authorNamed whether the reaction said whose message it is (Slack's {@code item_user})
   * @return the event, new or existing; empty when the channel has no incident or the delivery was
   *     already applied
   */
  public Optional<Tagged> tag(
      String teamId,
      String deliveryId,
      MessageRef message,
      String userId,
      String reaction,
      Marker marker,
      boolean authorNamed) {
    return transactor.inTransaction(
        () -> {
          Instant now = clock.instant();
          if (!deliveries.firstDelivery(teamId, deliveryId, now)) {
            return Optional.<Tagged>empty();
          }
          Optional<Incident> incident =
              incidents
                  .openIn(teamId, message.channelId())
                  .or(() -> incidents.latestIn(teamId, message.channelId()));
          if (incident.isEmpty()) {
            return Optional.<Tagged>empty();
          }
          long incidentId = incident.get().id();
          Optional<TimelineEvent> existing = timeline.forMessage(teamId, incidentId, message);
          Optional<TimelineEvent> added =
              existing.isPresent()
                  ? Optional.empty()
                  : timeline.addUnlessCaptured(
                      teamId,
                      incidentId,
                      new NewEvent(
                          message.postedAt(),
                          marker,
                          "",
                          null,
                          userId,
                          EventSource.REACTION,
                          message.channelId(),
                          message.ts(),
                          null,
                          now,
                          true));
          // Someone tagged the message at the same moment: theirs is the event, this a tag on it.
          TimelineEvent event =
              added
                  .or(() -> existing)
                  .or(() -> timeline.forMessage(teamId, incidentId, message))
                  .orElseThrow();
          timeline.addTag(teamId, event.id(), userId, reaction, now);
          if (added.isPresent() && marker == Marker.RESOLVED) {
            incidentService.syncResolution(incident.get());
          }
          if (added.isPresent() && authorNamed) {
            confirm(incident.get(), event, message.channelId(), userId, now);
          }
          return Optional.of(new Tagged(incident.get(), event, added.isPresent()));
        });
  }

  /** Owes the tagger their note: one per event, so owing it twice stores it once. */
  private void confirm(
      Incident incident, TimelineEvent event, String channelId, String userId, Instant now) {
    TagConfirmation note =
        new TagConfirmation(channelId, userId, incident.publicId(), event.number(), event.marker());
    outbox.enqueue(
        TagConfirmation.KIND.message(incident.teamId(), "event/" + event.id(), note), now);
  }

  /** A reaction was removed: the event goes when no mapped reaction is left on the message. */
  public void untag(
      String teamId, String deliveryId, MessageRef message, String userId, String reaction) {
    transactor.run(
        () -> {
          Instant now = clock.instant();
          if (!deliveries.firstDelivery(teamId, deliveryId, now)) {
            return;
          }
          for (TimelineEvent event : timeline.forMessage(teamId, message)) {
            // An event added with the message shortcut stays when the last reaction goes.
            if (timeline.removeTag(teamId, event.id(), userId, reaction) == 0
                && event.source() == EventSource.REACTION) {
              timeline.delete(teamId, event.id(), userId, "reaction-removed", now);
              if (event.marker() == Marker.RESOLVED) {
                incidents
                    .byId(teamId, event.incidentId())
                    .ifPresent(incidentService::syncResolution);
              }
            }
          }
        });
  }

  /** The tagged message was edited in Slack: the event follows, the old words stay in history. */
  public void messageEdited(String teamId, String deliveryId, MessageRef message, String newText) {
    transactor.run(
        () -> {
          Instant now = clock.instant();
          if (!deliveries.firstDelivery(teamId, deliveryId, now)) {
            return;
          }
          for (TimelineEvent event : timeline.forMessage(teamId, message)) {
            // Words chosen in the message shortcut's modal stay as chosen.
            if (event.source() == EventSource.REACTION && !event.text().equals(newText)) {
              TimelineEvent changed =
                  new TimelineEvent(
                      event.id(),
                      event.incidentId(),
                      event.number(),
                      event.occurredAt(),
                      event.marker(),
                      newText,
                      event.authorId(),
                      event.recordedBy(),
                      event.source(),
                      event.permalink(),
                      event.recordedAt(),
                      event.sourceMessageDeleted());
              timeline.update(teamId, changed, event.authorId(), "message-edited", now);
            }
          }
        });
  }

  /** The tagged message was deleted in Slack: the event keeps its words and says so. */
  public void messageDeleted(String teamId, String deliveryId, MessageRef message) {
    transactor.run(
        () -> {
          if (!deliveries.firstDelivery(teamId, deliveryId, clock.instant())) {
            return;
          }
          timeline
              .forMessage(teamId, message)
              .forEach(e -> timeline.markSourceDeleted(teamId, e.id()));
        });
  }

  /**
   * The tagged message turned out to be Scribe's own post (found when its words were fetched): it
   * is not evidence, so its events leave the timeline (kept in history) and a T8 among them stops
   * counting.
   */
  public void ownMessageTagged(String teamId, MessageRef message, String scribeUserId) {
    transactor.run(
        () -> {
          Instant now = clock.instant();
          for (TimelineEvent event : timeline.forMessage(teamId, message)) {
            timeline.delete(teamId, event.id(), scribeUserId, "scribe-own-message", now);
            if (event.marker() == Marker.RESOLVED) {
              incidents.byId(teamId, event.incidentId()).ifPresent(incidentService::syncResolution);
            }
          }
        });
  }

  /**
   * Attaches a tagged message's words, author and link once fetched from Slack (it is not Scribe's
   * own post). A tag whose author Slack did not name owes its tagger the note from now on; one
   * whose author it named was owed it with the tag, and owing it again stores nothing.
   */
  public void attachMessage(
      String teamId,
      long eventId,
      MessageRef message,
      String text,
      String authorId,
      String permalink) {
    transactor.run(
        () -> {
          timeline.attachMessage(teamId, eventId, text, authorId, permalink);
          timeline.forMessage(teamId, message).stream()
              .filter(e -> e.id() == eventId && e.source() == EventSource.REACTION)
              .findFirst()
              .ifPresent(
                  event ->
                      incidents
                          .byId(teamId, event.incidentId())
                          .ifPresent(
                              incident ->
                                  confirm(
                                      incident,
                                      event,
                                      message.channelId(),
                                      event.recordedBy(),
                                      clock.instant())));
        });
  }

  /** True while some tagged message still waits for its words to be fetched from Slack. */
  public boolean awaitingMessages() {
    return !timeline.awaitingMessage(1).isEmpty();
  }

  /** A tagged message's event, and whether the tag created it. */
  public record Tagged(Incident incident, TimelineEvent event, boolean created) {}
}
