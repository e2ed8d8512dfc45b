package dev.scribe.storage;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether the database's schema already has every migration this Scribe carries, and no other, so
 * that start-up can skip Flyway (its classpath scan and validation were a third of the time to
 * healthy, for nothing on an up-to-date database). Anything unusual — no history table, a failed
 * migration, a newer or older schema, migrations that cannot be listed — answers "not current", and
 * Flyway runs as always.
 */
final class SchemaVersion {

  private static final String FOLDER = "db/migration/";

  /** SQL migrations, and Java ones (their classes, not their nested classes, share the folder). */
  private static final Pattern MIGRATION =
      Pattern.compile("V([0-9][0-9._]*)__[^/$]*\\.(sql|class)");

  private SchemaVersion() {}

  static boolean isCurrent(DataSource dataSource) {
    return isCurrent(dataSource, migrations());
  }

  /**
   * @param carried what {@link #migrations()} answered, which may have been listed on another
   *     thread while the pool opened
   */
  static boolean isCurrent(DataSource dataSource, Optional<Set<String>> carried) {
    if (carried.isEmpty() || carried.get().isEmpty()) {
      return false;
    }
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
      return applied.equals(carried.get());
    } catch (SQLException e) {
      return false; // no history table yet: a new database
    }
  }

  /** The newest migration in Scribe's own jar (or classes folder). */
  static Optional<String> newestMigration() {
    return migrations().flatMap(versions -> versions.stream().max(VERSIONS));
  }

  /** The versions of the migrations in Scribe's own jar (or classes folder), in Flyway's order. */
  static Optional<Set<String>> migrations() {
    try {
      Path source =
          Path.of(Database.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names;
      if (Files.isDirectory(source)) {
        try (Stream<Path> files = Files.list(source.resolve(FOLDER))) {
          names = files.map(f -> FOLDER + f.getFileName()).toList();
        }
      } else {
        try (JarFile jar = new JarFile(source.toFile())) {
          names = jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(FOLDER)).toList();
        }
      }
      Set<String> versions = new TreeSet<>(VERSIONS);
      names.stream()
          .map(n -> MIGRATION.matcher(n.substring(FOLDER.length())))
          .filter(Matcher::matches)
          .map(m -> m.group(1).replace('_', '.'))
          .forEach(versions::add);
      return Optional.of(versions);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

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

  private static long[] parts(String version) {
    return Arrays.stream(version.split("\\.")).mapToLong(Long::parseLong).toArray();
  }
}
