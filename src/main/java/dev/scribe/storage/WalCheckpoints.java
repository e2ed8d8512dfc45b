package dev.scribe.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's WAL checkpoints, off the writer's path. Left to SQLite, the connection whose commit
 * takes the WAL past its threshold copies the WAL back into the database and syncs it before its
 * commit returns — on the group-commit writer, that stalls every waiting capture for the
 * checkpoint's length, once a second under load. Here a thread of its own runs a passive checkpoint
 * (which never blocks the writer nor readers) at most every {@link #MIN_INTERVAL_NANOS} while
 * commits happen, so the WAL stays small and the writer rarely reaches SQLite's own threshold,
 * which stays as a safety net ({@link Database}'s {@code wal_autocheckpoint}).
 *
 * <p>The thread exists only while there are commits: an idle Scribe keeps none.
 */
final class WalCheckpoints implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WalCheckpoints.class);
  private static final long MIN_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

  private final DataSource dataSource;
  // One thread at most, none while idle; a request while a checkpoint runs is dropped, since the
  // running one will take the frames that request was about.
  private final ThreadPoolExecutor thread =
      new ThreadPoolExecutor(
          0,
          1,
          5,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          runnable -> {
            Thread checkpointer = new Thread(runnable, "scribe-db-checkpoint");
            checkpointer.setDaemon(true);
            return checkpointer;
          },
          new ThreadPoolExecutor.DiscardPolicy());
  private volatile long lastRequested = System.nanoTime() - MIN_INTERVAL_NANOS;

  WalCheckpoints(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Called after each commit; cheap, and never waits for the checkpoint. */
  void committed() {
    long now = System.nanoTime();
    if (now - lastRequested >= MIN_INTERVAL_NANOS && !thread.isShutdown()) {
      lastRequested = now;
      thread.execute(this::checkpoint);
    }
  }

  private void checkpoint() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (SQLException | RuntimeException e) {
      // Harmless to skip: the next request, or SQLite's own threshold, checkpoints instead.
      log.warn("A WAL checkpoint failed: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
