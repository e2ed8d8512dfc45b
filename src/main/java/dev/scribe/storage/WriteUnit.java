package dev.scribe.storage;

import dev.scribe.common.BusyException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One caller's work waiting for the group-commit writer, and the caller's side of it: it is either
 * taken by the writer (then the caller waits for its commit, however long) or abandoned by the
 * caller while still queued (then it never runs). Never both, so a caller that gives up never has
 * its work committed behind its back.
 */
final class WriteUnit<T> {

  private static final int QUEUED = 0;
  private static final int TAKEN = 1;
  private static final int ABANDONED = 2;

  final Supplier<T> work;
  final long queuedAtNanos;
  private final AtomicInteger state = new AtomicInteger(QUEUED);
  private final CompletableFuture<T> outcome = new CompletableFuture<>();

  WriteUnit(Supplier<T> work, long queuedAtNanos) {
    this.work = work;
    this.queuedAtNanos = queuedAtNanos;
  }

  /** The writer claims the unit; false if its caller gave up first. */
  boolean take() {
    return state.compareAndSet(QUEUED, TAKEN);
  }

  /** Called once the work is committed. */
  @SuppressWarnings("unchecked")
  void committed(Object value) {
    outcome.complete((T) value);
  }

  /** Called when nothing of the work was written. */
  void failed(Throwable failure) {
    outcome.completeExceptionally(failure);
  }

  /** Never taken (the writer stopped): the caller learns it was not written. */
  void refuse() {
    if (state.compareAndSet(QUEUED, ABANDONED)) {
      outcome.completeExceptionally(new BusyException());
    }
  }

  /**
   * The work's result once committed, or what it threw. If the writer has not taken it by the
   * deadline, it is abandoned and {@link BusyException} thrown; once taken, the caller waits for
   * its commit whatever the deadline or an interrupt, since the caller must not answer before it
   * knows.
   */
  T await(long deadlineNanos) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          long left = deadlineNanos - System.nanoTime();
          if (state.get() == TAKEN) {
            return outcome.get();
          }
          return outcome.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          if (state.compareAndSet(QUEUED, ABANDONED)) {
            throw new BusyException();
          }
          // Taken meanwhile: wait for its commit.
        } catch (InterruptedException e) {
          interrupted = true;
          if (state.compareAndSet(QUEUED, ABANDONED)) {
            throw new BusyException();
          }
        } catch (ExecutionException e) {
          throw rethrown(e.getCause());
        } catch (CancellationException e) {
          throw new BusyException();
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
