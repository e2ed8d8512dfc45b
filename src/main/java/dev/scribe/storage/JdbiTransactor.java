package dev.scribe.storage;

import dev.scribe.common.Transactor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions over Jdbi, group-committed: concurrent callers' work shares one durable commit on
 * the one writer thread ({@link GroupCommitWriter}), each in a savepoint of its own, and each
 * caller gets its result only after that commit. Repositories' DAOs called inside the work run on
 * the writer's handle (Jdbi's handle scope), so everything inside {@link #inTransaction} commits or
 * rolls back together. Reads outside transactions do not come here: they use the pool.
 *
 * <p>On PostgreSQL each replica has its own writer; replicas still coordinate through the
 * database's constraints (e.g. one open incident per channel), as before.
 */
public final class JdbiTransactor implements Transactor, AutoCloseable {

  private final GroupCommitWriter writer;

  public JdbiTransactor(Jdbi jdbi) {
    this(jdbi, new SimpleMeterRegistry());
  }

  public JdbiTransactor(Jdbi jdbi, MeterRegistry meters) {
    this(jdbi, meters, () -> {});
  }

  /**
   * @param afterEachCommit run on the writer after each durable commit; must not block (see {@link
   *     Database#afterEachCommit()})
   */
  public JdbiTransactor(Jdbi jdbi, MeterRegistry meters, Runnable afterEachCommit) {
    this(jdbi, GroupCommitWriter.Limits.DEFAULT, meters, afterEachCommit);
  }

  JdbiTransactor(Jdbi jdbi, GroupCommitWriter.Limits limits, MeterRegistry meters) {
    this(jdbi, limits, meters, () -> {});
  }

  private JdbiTransactor(
      Jdbi jdbi, GroupCommitWriter.Limits limits, MeterRegistry meters, Runnable afterEachCommit) {
    this.writer = new GroupCommitWriter(jdbi, limits, meters, afterEachCommit);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return writer.submit(work);
  }

  /** Commits what is queued, then stops the writer; later work is refused. */
  @Override
  public void close() {
    writer.close();
  }
}
