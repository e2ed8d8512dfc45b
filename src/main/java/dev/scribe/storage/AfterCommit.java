package dev.scribe.storage;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.HandleSupplier;

/** Acting on what was written only once it is durable. */
final class AfterCommit {

  private AfterCommit() {}

  /**
   * Runs the action when the transaction open on this thread commits (never if it rolls back), or
   * at once when no transaction is open (the write was committed on its own).
   */
  static void run(Jdbi jdbi, Runnable action) {
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
}
