package dev.scribe.actions;

import dev.scribe.outbox.MessageKind;
import dev.scribe.outbox.OutboxMessage;
import dev.scribe.outbox.RetryPolicy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A reminder, escalation or digest as the sweep planned it: the outbox's payload for it. It goes
 * out as planned when sent at once; one that had to wait is read again first (see {@link
 * ReminderSender}).
 *
 * @param key which reminder; it is also the message's dedupe key, so a recipient gets at most one
 *     of each kind per local day, however many sweeps plan it
 * @param zone the recipient's zone (the digest zone for a digest)
 * @param items the overdue items it lists, most overdue first, as planned
 * @param openCount for a digest, how many items of the workspace were open; otherwise 0
 * @param postmortems for a post-mortem reminder, the incidents whose post-mortem became due
 */
public record ReminderDue(
    ReminderKey key,
    ZoneId zone,
    List<IncidentAction> items,
    int openCount,
    List<DuePostmortem> postmortems) {

  /**
   * As before the outbox: 1, 2, 4 … minutes apart, at most an hour, eight attempts (about two hours
   * in all), and never more than 12 hours after the sweep planned it.
   */
  public static final MessageKind<ReminderDue> KIND =
      new MessageKind<>(
          "reminder",
          ReminderDue.class,
          new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 8, Duration.ofHours(12)));

  public ReminderDue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(zone, "zone");
    items = List.copyOf(items);
    // Absent from a payload enqueued by a release without post-mortem reminders.
    postmortems = postmortems == null ? List.of() : List.copyOf(postmortems);
  }

  /** A reminder, escalation or digest of action items. */
  public ReminderDue(ReminderKey key, ZoneId zone, List<IncidentAction> items, int openCount) {
    this(key, zone, items, openCount, List.of());
  }

  /** "U1/2026-11-24/reminder": unique per workspace, the team being the outbox line's own. */
  static String dedupeKey(ReminderKey key) {
    return key.recipientId() + "/" + key.period() + "/" + key.kind().word();
  }

  OutboxMessage<ReminderDue> message() {
    return KIND.message(key.teamId(), dedupeKey(key), this);
  }

  /** What the reminder says, as planned. */
  ReminderMessage planned() {
    return new ReminderMessage(key, zone, items, openCount, postmortems);
  }
}
