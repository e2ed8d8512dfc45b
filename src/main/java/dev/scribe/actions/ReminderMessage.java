package dev.scribe.actions;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What one reminder says, before any Slack formatting.
 *
 * @param key the reminder's key (its outbox dedupe key); also tags the sent message so it can be
 *     found again
 * @param zone the recipient's zone (the digest zone for a digest)
 * @param items the overdue items it lists, most overdue first
 * @param openCount for a digest, how many items of the workspace are open; otherwise 0
 * @param postmortems for a post-mortem reminder, the incidents whose post-mortem is due
 */
public record ReminderMessage(
    ReminderKey key,
    ZoneId zone,
    List<IncidentAction> items,
    int openCount,
    List<DuePostmortem> postmortems) {

  public ReminderMessage {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(zone, "zone");
    items = List.copyOf(items);
    postmortems = List.copyOf(postmortems);
  }

  /** A reminder, escalation or digest of action items. */
  public ReminderMessage(ReminderKey key, ZoneId zone, List<IncidentAction> items, int openCount) {
    this(key, zone, items, openCount, List.of());
  }

  public ReminderKind kind() {
    return key.kind();
  }
}
