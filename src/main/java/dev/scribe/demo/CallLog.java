package dev.scribe.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Every call received, in order, with waiting for calls made by work that runs asynchronously. */
final class CallLog {
  private final List<RecordedCall> calls = new ArrayList<>();

  synchronized void add(RecordedCall call) {
    calls.add(call);
    notifyAll();
  }

  synchronized List<RecordedCall> all() {
    return List.copyOf(calls);
  }

  synchronized List<RecordedCall> of(String method) {
    return calls.stream().filter(call -> call.method().equals(method)).toList();
  }

  /**
   * Waits until at least {@code count} calls to the method have arrived; they are returned, oldest
   * first.
   */
  synchronized List<RecordedCall> await(String method, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<RecordedCall> found = of(method);
    while (found.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(
            "expected "
                + count
                + " call(s) to "
                + method
                + " within "
                + timeout
                + " but got "
                + found.size()
                + "; all calls: "
                + calls.stream().map(RecordedCall::method).toList());
      }
      waitNanos(left);
      found = of(method);
    }
    return found;
  }

  private void waitNanos(long nanos) {
    try {
      wait(Math.max(1, nanos / 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a call", e);
    }
  }
}
