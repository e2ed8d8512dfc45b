package dev.scribe.storage;

import dev.scribe.common.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * A consistent copy of a SQLite database while Scribe writes to it, with SQLite's {@code VACUUM
 * INTO}: one read transaction, so the copy is the database as of one instant, and in WAL mode the
 * writers never wait for it. The copy is written next to the target, checked with {@code PRAGMA
 * integrity_check}, flushed to disk, then renamed into place: a failed backup leaves no half file
 * behind and never touches an earlier one.
 */
public final class SqliteBackup {

  /** What was written. */
  public record Copy(Path file, long bytes) {}

  private static final String PREFIX = "jdbc:sqlite:";
  private static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private final String jdbcUrl;
  private final Path database;

  private SqliteBackup(String jdbcUrl, Path database) {
    this.jdbcUrl = jdbcUrl;
    this.database = database;
  }

  /**
   * The backup of the SQLite database at a {@code jdbc:sqlite:} URL.
   *
   * @throws UserFacingException when the URL names no database file
   */
  public static SqliteBackup of(String jdbcUrl) {
    if (!jdbcUrl.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a SQLite URL");
    }
    String path = jdbcUrl.substring(PREFIX.length());
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.startsWith("file://")) {
      path = URI.create(path).getPath();
    } else if (path.startsWith("file:")) {
      path = path.substring("file:".length());
    }
    if (path.isBlank() || path.equals(":memory:") || jdbcUrl.contains("mode=memory")) {
      throw new UserFacingException(
          "DATABASE_URL names an in-memory SQLite database: there is no file to back up.");
    }
    return new SqliteBackup(jdbcUrl, Path.of(path).toAbsolutePath().normalize());
  }

  /** The database file being copied. */
  public Path database() {
    return database;
  }

  /**
   * Copies the database to {@code target}.
   *
   * @param replace whether an existing {@code target} may be replaced
   * @throws UserFacingException when there is no database, the target exists (and {@code replace}
   *     is false), is the database itself, or its folder does not exist or is not writable
   */
  public Copy copyTo(Path target, boolean replace) {
    Path file = target.toAbsolutePath().normalize();
    checkTarget(file, replace);
    Path partial = partialFileNextTo(file);
    try {
      vacuumInto(partial);
      checkIntegrity(partial);
      flush(partial);
      if (replace) {
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      } else {
        Files.move(partial, file);
      }
      return new Copy(file, Files.size(file));
    } catch (FileAlreadyExistsException e) {
      throw new UserFacingException(file + " already exists; pass --force to replace it.");
    } catch (IOException e) {
      throw new UncheckedIOException("backup to " + file + " failed", e);
    } finally {
      deleteQuietly(partial);
    }
  }

  private void checkTarget(Path file, boolean replace) {
    if (!Files.isRegularFile(database)) {
      throw new UserFacingException(
          "there is no database at "
              + database
              + " (DATABASE_URL="
              + jdbcUrl
              + "): nothing to back up.");
    }
    if (isTheDatabase(file)) {
      throw new UserFacingException(
          file + " is the database itself (or one of its files); back up to another file.");
    }
    if (Files.isDirectory(file)) {
      throw new UserFacingException(
          file + " is a folder; name the backup file, e.g. " + file.resolve("scribe-backup.db"));
    }
    if (Files.exists(file) && !replace) {
      throw new UserFacingException(file + " already exists; pass --force to replace it.");
    }
    if (!Files.isDirectory(file.getParent())) {
      throw new UserFacingException("the folder " + file.getParent() + " does not exist.");
    }
  }

  /** An empty file in the target's folder: {@code VACUUM INTO} accepts an empty file. */
  private static Path partialFileNextTo(Path file) {
    try {
      return Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".partial");
    } catch (AccessDeniedException e) {
      throw new UserFacingException(
          "cannot write in " + file.getParent() + " (permission denied) as this user.");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write in " + file.getParent(), e);
    }
  }

  private void vacuumInto(Path partial) {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    try (Connection connection = config.createConnection(PREFIX + database);
        PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
      vacuum.setString(1, partial.toString());
      vacuum.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("backup of " + database + " failed: " + e.getMessage(), e);
    }
  }

  private static void checkIntegrity(Path copy) {
    try (Connection connection = new SQLiteConfig().createConnection(PREFIX + copy);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      String verdict = result.next() ? result.getString(1) : "no answer";
      if (!"ok".equals(verdict)) {
        throw new IllegalStateException("the copy failed its integrity check: " + verdict);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the copy could not be checked: " + e.getMessage(), e);
    }
  }

  /** {@code VACUUM INTO} does not sync what it writes; a backup must be on disk when we say so. */
  private static void flush(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /** Replacing the database, its WAL or its journal with a copy would corrupt it. */
  private boolean isTheDatabase(Path file) {
    for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
      if (file.equals(Path.of(database + suffix))) {
        return true;
      }
    }
    try {
      return Files.exists(file) && Files.isSameFile(file, database);
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover hidden .partial file is harmless; the backup's own outcome matters more.
    }
  }
}
