package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.outbox.OutboxContract;
import dev.scribe.outbox.OutboxStore;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The Jdbi outbox passes the same contract as the fake, on SQLite and on PostgreSQL; and it joins
 * the caller's transaction, waking the deliverer only once that commits.
 */
class JdbiOutboxTest {

  abstract static class On extends OutboxContract {
    private final Supplier<Database> open;
    private final AtomicInteger rings = new AtomicInteger();
    private Database db;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected OutboxStore outbox() {
      db = open.get();
      return new JdbiOutbox(db.jdbi(), new JsonPayloadCodec(), rings::incrementAndGet);
    }

    @AfterEach
    void close() {
      db.close();
    }

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    @Test
    void aMessageEnqueuedInATransactionThatRollsBackIsNotStoredAndWakesNobody() {
      OutboxStore outbox = outbox();
      JdbiTransactor tx = new JdbiTransactor(db.jdbi());

      assertThatThrownBy(
              () ->
                  tx.run(
                      () -> {
                        outbox.enqueue(NOTE.message("T1", "k1", new Note("x")), NOW);
                        throw new IllegalStateException("the change that owed it failed");
                      }))
          .isInstanceOf(IllegalStateException.class);

      assertThat(outbox.find("T1", NOTE, "k1")).isEmpty();
      assertThat(rings).hasValue(0);
    }

    @Test
    void theDelivererIsWokenOnlyOnceTheTransactionCommits() {
      OutboxStore outbox = outbox();
      JdbiTransactor tx = new JdbiTransactor(db.jdbi());

      tx.run(
          () -> {
            outbox.enqueue(NOTE.message("T1", "k1", new Note("x")), NOW);
            assertThat(rings).as("not before the commit").hasValue(0);
          });

      assertThat(rings).hasValue(1);
      assertThat(outbox.find("T1", NOTE, "k1")).isPresent();
    }

    @Test
    void outsideATransactionItWakesAtOnceAndADuplicateDoesNot() {
      OutboxStore outbox = outbox();
      outbox.enqueue(NOTE.message("T1", "k1", new Note("x")), NOW);
      outbox.enqueue(NOTE.message("T1", "k1", new Note("x")), NOW);
      assertThat(rings).hasValue(1);
    }
  }

  @Nested
  class Sqlite extends On {
    Sqlite() {
      super(TestDatabases::sqlite);
    }
  }

  @Nested
  class Postgres extends On {
    Postgres() {
      super(TestDatabases::postgres);
    }
  }
}
