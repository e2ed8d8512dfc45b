package dev.scribe.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Whether the database's schema already has every migration this Scribe carries, and no other, so
 * that start-up can skip Flyway (its classpath scan and validation were a third of the time to
 * healthy, for nothing on an up-to-date database). Anything unusual — no history table, a failed
 * migration, a newer or older schema — answers "not current", and Flyway runs as always.
 */
final class SchemaVersion {

  /** Flyway's order: numeric parts compared one by one (1.10 after 1.9). */
  static final Comparator<String> VERSIONS =
      (a, b) -> {
        long[] x = parts(a);
        long[] y = parts(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
          int c = Long.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
          if (c != 0) {
            return c;
          }
        }
        return 0;
      };

  /**
   * The versions of the migrations in {@code db/migration} (SQL files and Java classes), in
   * Flyway's order. Written out, not listed from the jar at each start: listing reads the whole
   * directory of a jar of some 15,000 entries, tens of milliseconds of every start (BENCHMARKS.md).
   * {@code SchemaVersionTest} fails when this list and the folder disagree, and Flyway's own view
   * is checked against it there too.
   */
  static final SortedSet<String> CARRIED =
      versions("1", "2", "3", "5", "5.1", "9", "10.1", "10.2", "10.3", "10.4", "11", "12", "13");

  private SchemaVersion() {}

  static boolean isCurrent(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
      Set<String> applied = new TreeSet<>(VERSIONS);
      while (rows.next()) {
        if (!rows.getBoolean(2)) {
          return false;
        }
        applied.add(rows.getString(1));
      }
      // Every one, not only the newest: a migration numbered below the newest applied one (a
      // branch merged later) must still run, and Flyway is what refuses or applies it.
      return applied.equals(CARRIED);
    } catch (SQLException e) {
      return false; // no history table yet: a new database
    }
  }

  private static SortedSet<String> versions(String... versions) {
    SortedSet<String> ordered = new TreeSet<>(VERSIONS);
    ordered.addAll(Arrays.asList(versions));
    return Collections.unmodifiableSortedSet(ordered);
  }

  private static long[] parts(String version) {
    return Arrays.stream(version.split("\\.")).mapToLong(Long::parseLong).toArray();
  }
}
