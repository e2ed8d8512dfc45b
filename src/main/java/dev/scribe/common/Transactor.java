package dev.scribe.common;

import java.util.function.Supplier;

/**
 * Runs work atomically: every repository call made inside it commits together or not at all, so a
 * rejected or failed command never leaves a partial write. When it returns, the work is durable.
 */
public interface Transactor {

  /**
   * Runs the work in a transaction and returns its result once committed; what the work throws is
   * rethrown here, with nothing of it written.
   *
   * @throws BusyException when the work could not even start in time (nothing was written)
   */
  <T> T inTransaction(Supplier<T> work);

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /** Runs work as it comes, for stores without transactions (in-memory fakes). */
  static Transactor inline() {
    return new Transactor() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        return work.get();
      }
    };
  }
}
