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
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether the database's schema is already the newest this Scribe carries, so that start-up can
 * skip Flyway (its classpath scan and validation were a third of the time to healthy, for nothing
 * on an up-to-date database). Anything unusual — no history table, a failed migration, a newer or
 * older schema, migrations that cannot be listed — answers "not current", and Flyway runs as
 * always.
 */
final class SchemaVersion {

  private static final String FOLDER = "db/migration/";
  private static final Pattern MIGRATION = Pattern.compile("V([0-9][0-9._]*)__[^/]*\\.sql");

  private SchemaVersion() {}

  static boolean isCurrent(DataSource dataSource) {
    Optional<String> newest = newestMigration();
    if (newest.isEmpty()) {
      return false;
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
      String applied = null;
      while (rows.next()) {
        if (!rows.getBoolean(2)) {
          return false;
        }
        String version = rows.getString(1);
        if (applied == null || VERSIONS.compare(version, applied) > 0) {
          applied = version;
        }
      }
      return applied != null && VERSIONS.compare(applied, newest.get()) == 0;
    } catch (SQLException e) {
      return false; // no history table yet: a new database
    }
  }

  /** The newest migration in Scribe's own jar (or classes folder). */
  static Optional<String> newestMigration() {
    try {
      Path source =
          Path.of(Database.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Stream<String> names;
      if (Files.isDirectory(source)) {
        Path folder = source.resolve(FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
          names = files.map(f -> FOLDER + f.getFileName()).toList().stream();
        }
      } else {
        try (JarFile jar = new JarFile(source.toFile())) {
          names =
              jar.stream()
                  .map(e -> e.getName())
                  .filter(n -> n.startsWith(FOLDER))
                  .toList()
                  .stream();
        }
      }
      return names
          .map(n -> MIGRATION.matcher(n.substring(FOLDER.length())))
          .filter(Matcher::matches)
          .map(m -> m.group(1).replace('_', '.'))
          .max(VERSIONS);
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
