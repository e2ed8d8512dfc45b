package dev.scribe.storage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * An in-memory copy of rows that are read on every request and rarely written (workspace settings,
 * known users). This process's writes invalidate it at once and again when their transaction
 * commits (a reader that loaded the old rows in between is not kept); another replica's writes on
 * PostgreSQL are seen within {@link #TTL}, after which every entry is read again.
 *
 * <p>Why a time-to-live and not PostgreSQL's LISTEN/NOTIFY: these rows change a few times a day,
 * and a few seconds of staleness on other replicas is harmless (a confirmation shown to the channel
 * instead of the user, a reaction mapped a moment ago not yet recognised there), while NOTIFY needs
 * one more dedicated connection per replica, reconnection, and does not pass through a pooler in
 * transaction mode.
 */
final class ReadCache<K, V> {

  /** How stale another replica's copy can be. */
  static final Duration TTL = Duration.ofSeconds(5);

  private final Jdbi jdbi;
  private final Cache<K, V> entries;

  ReadCache(Jdbi jdbi, int maxEntries) {
    this(jdbi, maxEntries, Ticker.systemTicker());
  }

  /** With the time-to-live read on {@code ticker} (tests move it by hand). */
  ReadCache(Jdbi jdbi, int maxEntries, Ticker ticker) {
    this.jdbi = jdbi;
    this.entries =
        Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(maxEntries).ticker(ticker).build();
  }

  /**
   * The cached value, else the loaded one (loaded once however many ask at the same time). Inside a
   * transaction the rows are read, never cached: they may be its own writes, not yet committed, and
   * gone if it rolls back.
   */
  V get(K key, Function<K, V> load) {
    if (AfterCommit.inTransaction(jdbi)) {
      return load.apply(key);
    }
    return entries.get(key, load);
  }

  /** Forgets the key now and, if a transaction is open on this thread, again after its commit. */
  void invalidate(K key) {
    entries.invalidate(key);
    AfterCommit.run(jdbi, () -> entries.invalidate(key));
  }
}
