package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalCheckpointsTest {

  private static final int ROWS = 200;
  private static final String PAGE_OF_TEXT = "x".repeat(4_000);

  @TempDir Path folder;

  /**
   * 200 commits of a page each stay below SQLite's own threshold (raised to 4,000 pages), so only a
   * requested checkpoint copies them into the database file.
   */
  @Test
  void aCommitRequestsACheckpointThatCopiesTheWalIntoTheDatabaseFile() throws Exception {
    Path file = folder.resolve("scribe.db");
    try (Database db = Database.open("jdbc:sqlite:" + file)) {
      db.jdbi().useHandle(h -> h.execute("CREATE TABLE pages (text TEXT NOT NULL)"));
      for (int i = 0; i < ROWS; i++) {
        db.jdbi().useHandle(h -> h.execute("INSERT INTO pages (text) VALUES (?)", PAGE_OF_TEXT));
      }
      long before = Files.size(file);
      assertThat(Files.size(Path.of(file + "-wal"))).isGreaterThan((long) ROWS * 4_000);

      db.afterEachCommit().run();

      long deadline = System.nanoTime() + 10_000_000_000L;
      while (Files.size(file) < before + (long) ROWS * 4_000 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(Files.size(file)).isGreaterThanOrEqualTo(before + (long) ROWS * 4_000);
    }
  }

  @Test
  void requestsCloserThanTheIntervalAreOneCheckpoint() throws Exception {
    Path file = folder.resolve("scribe.db");
    try (Database db = Database.open("jdbc:sqlite:" + file)) {
      db.jdbi().useHandle(h -> h.execute("CREATE TABLE pages (text TEXT NOT NULL)"));
      db.afterEachCommit().run(); // the first request after start checkpoints at once
      Thread.sleep(100); // let it finish: what follows is the next 250 ms
      db.jdbi().useHandle(h -> h.execute("INSERT INTO pages (text) VALUES (?)", PAGE_OF_TEXT));
      long before = Files.size(file);

      db.afterEachCommit().run(); // within 250 ms of the first: dropped

      Thread.sleep(150);
      assertThat(Files.size(file)).isEqualTo(before);
    }
  }
}
