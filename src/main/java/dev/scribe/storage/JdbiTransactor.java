package dev.scribe.storage;

import dev.scribe.common.Transactor;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions over Jdbi. Repositories' on-demand DAOs run on the handle a transaction opened on
 * the calling thread (Jdbi keeps it in a thread-local handle scope), so everything inside {@link
 * #inTransaction} commits or rolls back together.
 */
public final class JdbiTransactor implements Transactor {

  private final Jdbi jdbi;

  public JdbiTransactor(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return jdbi.inTransaction(handle -> work.get());
  }
}
