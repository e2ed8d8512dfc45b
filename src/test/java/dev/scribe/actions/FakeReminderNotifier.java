package dev.scribe.actions;

import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.Lookup;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records what would be sent; tests script failures ({@link #failNext}) or a sender that dies just
 * after the message left ({@link #dieAfterNextSend}).
 */
public final class FakeReminderNotifier implements ReminderNotifier {

  /** Stands for the process being killed: not a RuntimeException, so nothing catches it. */
  public static final class Died extends Error {
    Died() {
      super("the sender died");
    }
  }

  private final List<ReminderMessage> delivered = new ArrayList<>();
  private final Map<ReminderKey, String> inSlack = new ConcurrentHashMap<>();
  private final Deque<Delivery> scripted = new ArrayDeque<>();
  private boolean dieAfterNextSend;
  private int lookups;

  public synchronized void failNext(Delivery outcome) {
    scripted.add(outcome);
  }

  public synchronized void dieAfterNextSend() {
    dieAfterNextSend = true;
  }

  @Override
  public synchronized Delivery send(ReminderMessage message) {
    Delivery next = scripted.poll();
    if (next != null) {
      return next;
    }
    String ref = "D-" + message.key().recipientId() + "/" + (delivered.size() + 1);
    delivered.add(message);
    inSlack.put(message.key(), ref);
    if (dieAfterNextSend) {
      dieAfterNextSend = false;
      throw new Died();
    }
    return new Delivery.Sent(ref);
  }

  @Override
  public synchronized Lookup findDelivered(ReminderKey key, Instant since) {
    lookups++;
    return Optional.ofNullable(inSlack.get(key))
        .<Lookup>map(Lookup.Found::new)
        .orElse(new Lookup.NotFound());
  }

  public synchronized List<ReminderMessage> delivered() {
    return List.copyOf(delivered);
  }

  public synchronized List<ReminderMessage> deliveredTo(String recipient) {
    return delivered.stream().filter(m -> m.key().recipientId().equals(recipient)).toList();
  }

  public synchronized int lookups() {
    return lookups;
  }
}
