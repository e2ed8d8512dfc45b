package dev.scribe.schedule;

import java.time.Duration;

/**
 * Wakes the outbox's deliverer when a transaction that enqueued a message commits. A ring while
 * nobody waits is kept for the next wait, so none is lost between two looks at the outbox.
 */
public final class Doorbell {

  private boolean rung;

  /** Something was enqueued and committed. */
  public synchronized void ring() {
    rung = true;
    notifyAll();
  }

  /** Waits until rung or {@code timeout} has passed; true when rung. */
  synchronized boolean await(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!rung) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    rung = false;
    return true;
  }
}
