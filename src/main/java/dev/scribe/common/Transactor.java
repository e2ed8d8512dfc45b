package dev.scribe.common;

import java.util.function.Supplier;

/**
 * Runs work atomically: every repository call made inside it commits together or not at all, so a
 * rejected or failed command never leaves a partial write.
 */
public interface Transactor {

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
