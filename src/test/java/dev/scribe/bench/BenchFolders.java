package dev.scribe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The benchmarks' temporary folders. Their databases run to hundreds of megabytes per run, and each
 * SQLite file left in the temporary folder also slows later starts (the driver lists that folder
 * when it loads), so none is left behind.
 */
final class BenchFolders {

  private BenchFolders() {}

  /** A new temporary folder, removed with all it holds when this JVM exits. */
  static Path removedAtExit(String prefix) {
    try {
      Path folder = Files.createTempDirectory(prefix);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder, path -> true)));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes the SQLite databases in {@code folder} (and their WAL files); keeps logs and profiles.
   */
  static void removeDatabases(Path folder) {
    delete(folder, BenchFolders::isDatabase);
  }

  private static boolean isDatabase(Path path) {
    String name = path.getFileName().toString();
    return Stream.of(".db", ".db-wal", ".db-shm", ".db-journal").anyMatch(name::endsWith);
  }

  /** Deletes what {@code which} picks, deepest first, so that a picked folder is empty by then. */
  private static void delete(Path root, Predicate<Path> which) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).filter(which).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // what is left stays in the temporary folder
    }
  }
}
