package dev.scribe.schedule;

import dev.scribe.outbox.DeliveryReport;
import dev.scribe.outbox.OutboxDelivery;
import dev.scribe.outbox.OutboxEntry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox in the background: one thread claims due messages, never more than there are
 * free workers (so no claimed message waits in a queue while its lease runs), and a bounded pool
 * sends them. It looks when the {@link Doorbell} rings (a commit that enqueued) and, failing that,
 * every {@code pollEvery}: that picks up retries whose time came, messages enqueued before a
 * restart, and those another replica enqueued or abandoned.
 */
public final class OutboxDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final OutboxDelivery delivery;
  private final Doorbell doorbell;
  private final Duration pollEvery;
  private final Semaphore free;
  private final ExecutorService pool;
  private final Thread claimer;
  private volatile boolean running;

  /**
   * @param workers how many messages are sent at once, at most
   */
  public OutboxDispatcher(
      OutboxDelivery delivery, Doorbell doorbell, int workers, Duration pollEvery) {
    this.delivery = delivery;
    this.doorbell = doorbell;
    this.pollEvery = pollEvery;
    this.free = new Semaphore(workers);
    this.pool = Executors.newFixedThreadPool(workers, daemon("scribe-outbox"));
    this.claimer = daemon("scribe-outbox-claims").newThread(this::claimLoop);
  }

  public void start() {
    running = true;
    claimer.start();
  }

  /** Looks at the outbox now rather than at the next poll. */
  public void wake() {
    doorbell.ring();
  }

  private void claimLoop() {
    while (running) {
      try {
        if (!free.tryAcquire(pollEvery.toMillis(), TimeUnit.MILLISECONDS)) {
          continue; // every worker busy for a whole poll: check whether to stop, then wait again
        }
        int capacity = 1 + free.drainPermits();
        List<OutboxEntry> claimed = claim(capacity);
        free.release(capacity - claimed.size());
        claimed.forEach(entry -> pool.execute(() -> deliver(entry)));
        if (claimed.size() < capacity) {
          doorbell.await(pollEvery);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private List<OutboxEntry> claim(int max) {
    try {
      return delivery.claim(max);
    } catch (RuntimeException e) {
      // The database is briefly unavailable, say: look again at the next poll.
      LOG.warn("Claiming outbox messages failed; trying again in {}", pollEvery, e);
      return List.of();
    }
  }

  private void deliver(OutboxEntry entry) {
    try {
      DeliveryReport report = delivery.deliver(entry);
      if (report.retrying() + report.failed() > 0) {
        LOG.info("Outbox {} #{} ({}): {}", entry.kind(), entry.id(), entry.dedupeKey(), report);
      }
    } catch (RuntimeException e) {
      // The outcome could not be recorded: the lease runs out and the message is taken over.
      LOG.error("Delivering outbox message #{} failed; it will be taken over", entry.id(), e);
    } finally {
      free.release();
    }
  }

  /** Stops claiming, and lets the messages in flight finish for up to ten seconds. */
  @Override
  public void close() {
    running = false;
    doorbell.ring();
    try {
      // The claimer hands what it claimed to the pool before it stops; then the pool drains.
      claimer.join(TimeUnit.SECONDS.toMillis(10));
      pool.shutdown();
      if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
