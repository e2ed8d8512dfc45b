package dev.scribe.actions;

import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.Lookup;
import java.time.Instant;

/** Delivers reminders to people and channels (Slack direct messages in production). */
public interface ReminderNotifier {

  /** Sends the message, tagged with its key so that {@link #findDelivered} can find it again. */
  Delivery send(ReminderMessage message);

  /**
   * Looks in the recipient's conversation for a message tagged with {@code key} since {@code
   * since}.
   */
  Lookup findDelivered(ReminderKey key, Instant since);
}
