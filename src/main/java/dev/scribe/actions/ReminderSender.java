package dev.scribe.actions;

import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.Lookup;
import dev.scribe.outbox.MessageKind;
import dev.scribe.outbox.Outgoing;
import dev.scribe.outbox.Sender;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sends the reminders the sweep enqueued, through a {@link ReminderNotifier}. Sent at once, a
 * reminder says what the sweep planned; one that had to wait (Slack down, a retry, Scribe
 * restarting) reads its items again first, so that one done, dropped or snoozed meanwhile is left
 * out, and a reminder with none left is not sent. Every attempt after a failure looks for the
 * message in the recipient's conversation before sending it again, whatever the failure was.
 */
public final class ReminderSender implements Sender<ReminderDue> {

  /** Younger than this, a first attempt trusts the plan: nobody could have acted on it yet. */
  static final Duration FRESH = Duration.ofMinutes(5);

  private final ActionItemRepository items;
  private final ReminderNotifier notifier;
  private final Clock clock;

  public ReminderSender(ActionItemRepository items, ReminderNotifier notifier, Clock clock) {
    this.items = items;
    this.notifier = notifier;
    this.clock = clock;
  }

  @Override
  public MessageKind<ReminderDue> kind() {
    return ReminderDue.KIND;
  }

  @Override
  public Delivery send(Outgoing<ReminderDue> message) {
    ReminderDue due = message.payload();
    boolean waited =
        message.attempt() > 1 || message.enqueuedAt().plus(FRESH).isBefore(clock.instant());
    // A post-mortem reminder goes as planned: it names incidents, and one made Final since is
    // rare and harmless to mention (the sweep plans none for a Final one).
    boolean readAgain = waited && due.key().kind() != ReminderKind.POSTMORTEM_DUE;
    ReminderMessage reminder = readAgain ? readAgain(due) : due.planned();
    if (reminder.items().isEmpty()
        && reminder.postmortems().isEmpty()
        && reminder.kind() != ReminderKind.DIGEST) {
      return new Delivery.Skipped("every item was closed or snoozed before it went out");
    }
    Delivery delivery = notifier.send(reminder);
    // Reminders have always been looked for before any second attempt: cheap, and never twice.
    return delivery instanceof Delivery.RetryLater later ? later.inDoubt() : delivery;
  }

  @Override
  public Lookup findDelivered(Outgoing<ReminderDue> message) {
    return notifier.findDelivered(message.payload().key(), message.enqueuedAt());
  }

  /** The planned items still open, overdue and (but for the digest) not snoozed, read now. */
  private ReminderMessage readAgain(ReminderDue due) {
    String team = due.key().teamId();
    boolean digest = due.key().kind() == ReminderKind.DIGEST;
    List<IncidentAction> still =
        due.items().stream()
            .map(a -> items.byId(team, a.item().id()))
            .flatMap(Optional::stream)
            .filter(a -> ReminderPolicy.isOverdue(a.item(), due.key().period()))
            .filter(a -> digest || !ReminderPolicy.isSnoozed(a.item(), due.key().period()))
            .sorted(ReminderPolicy.MOST_OVERDUE_FIRST)
            .toList();
    int open = digest ? items.countOpen(team) : 0;
    return new ReminderMessage(due.key(), due.zone(), still, open);
  }
}
