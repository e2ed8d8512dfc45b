package dev.scribe.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.HandleSupplier;

/**
 * Acting on what was written only once it is durable.
 *
 * <p>On the group-commit writer each unit of work collects its own actions ({@link #collecting}):
 * Jdbi's {@link Handle#afterCommit} belongs to the whole transaction and survives a rollback to a
 * savepoint, so a unit that failed inside a shared batch would still have its actions run.
 */
final class AfterCommit {

  /** The actions of the unit of work running on this thread, if the writer runs one. */
  private static final ThreadLocal<List<Runnable>> UNIT = new ThreadLocal<>();

  private AfterCommit() {}

  /**
   * Runs the action when the transaction open on this thread commits (never if it, or the unit of
   * work that asked, rolls back), or at once when no transaction is open (the write was committed
   * on its own).
   */
  static void run(Jdbi jdbi, Runnable action) {
    List<Runnable> unit = UNIT.get();
    if (unit != null) {
      unit.add(action);
      return;
    }
    HandleSupplier scoped = jdbi.getHandleScope().get();
    if (scoped != null) {
      Handle handle = scoped.getHandle();
      if (handle.isInTransaction()) {
        handle.afterCommit(action);
        return;
      }
    }
    action.run();
  }

  /** True while a transaction is open on this thread: what it reads may not be committed yet. */
  static boolean inTransaction(Jdbi jdbi) {
    if (UNIT.get() != null) {
      return true;
    }
    HandleSupplier scoped = jdbi.getHandleScope().get();
    return scoped != null && scoped.getHandle().isInTransaction();
  }

  /**
   * Runs the work, adding the actions it asked for to {@code kept} only if it returns normally: the
   * caller rolls a failed unit back, and runs what was kept once the transaction commits.
   */
  static <T> T collecting(Supplier<T> work, List<Runnable> kept) {
    List<Runnable> outer = UNIT.get();
    List<Runnable> mine = new ArrayList<>();
    UNIT.set(mine);
    try {
      T value = work.get();
      kept.addAll(mine);
      return value;
    } finally {
      if (outer == null) {
        UNIT.remove();
      } else {
        UNIT.set(outer);
      }
    }
  }

  /** The actions kept by the unit of work running on this thread (nested work adds to them). */
  static List<Runnable> currentUnit() {
    List<Runnable> unit = UNIT.get();
    return unit != null ? unit : new ArrayList<>();
  }
}
