package dev.scribe.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --database URL|FILE}: the database a command reads, instead of {@code DATABASE_URL}. A
 * value that is not a JDBC URL is a SQLite file.
 */
final class DatabaseOption {

  @Option(
      names = "--database",
      paramLabel = "URL|FILE",
      description =
          "the database to read: a JDBC URL (jdbc:sqlite:…, jdbc:postgresql://…) or a SQLite file"
              + " (default: DATABASE_URL)")
  String database;

  /** The environment with {@code DATABASE_URL} replaced by {@code --database}, when given. */
  Map<String, String> applyTo(Map<String, String> environment) {
    if (database == null || database.isBlank()) {
      return environment;
    }
    Map<String, String> changed = new HashMap<>(environment);
    String value = database.strip();
    changed.put(
        "DATABASE_URL",
        value.startsWith("jdbc:") ? value : "jdbc:sqlite:" + Path.of(value).toAbsolutePath());
    return changed;
  }

  /** The setting that chose the database, for messages. */
  String setting() {
    return database == null || database.isBlank() ? "DATABASE_URL" : "--database";
  }
}
