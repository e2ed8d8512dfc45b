package dev.scribe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options Scribe ships with, read from the Dockerfile's {@code JAVA_TOOL_OPTIONS}, so the
 * benchmark measures the settings users run (override with {@code BENCH_JAVA_OPTS}). The image's
 * class archive ({@code -XX:SharedArchiveFile=/app/scribe.jsa}) is made here as the Dockerfile
 * makes it — a training run of the demo — as {@code target/scribe.jsa}, whenever the jar is newer;
 * the SQLite native library the image keeps out of the jar ({@code -Dorg.sqlite.lib.path=/app/lib})
 * is taken out of it into {@code target/sqlite-lib}, for this machine's architecture.
 */
final class ShippedSettings {

  private static final Pattern OPTIONS = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"");
  private static final String IMAGE_ARCHIVE = "-XX:SharedArchiveFile=/app/scribe.jsa";
  private static final String IMAGE_SQLITE_LIBRARY = "-Dorg.sqlite.lib.path=/app/lib";

  private ShippedSettings() {}

  static List<String> javaOptions(Path dockerfile) throws IOException, InterruptedException {
    String override = System.getenv("BENCH_JAVA_OPTS");
    if (override != null && !override.isBlank()) {
      return Arrays.asList(override.strip().split("\\s+"));
    }
    Matcher m = OPTIONS.matcher(Files.readString(dockerfile));
    if (!m.find()) {
      throw new IllegalStateException("no JAVA_TOOL_OPTIONS in " + dockerfile);
    }
    List<String> options = new ArrayList<>(Arrays.asList(m.group(1).strip().split("\\s+")));
    int library = options.indexOf(IMAGE_SQLITE_LIBRARY);
    if (library >= 0) {
      options.set(library, "-Dorg.sqlite.lib.path=" + sqliteLibrary());
    }
    int archive = options.indexOf(IMAGE_ARCHIVE);
    if (archive >= 0) {
      Path local = Path.of("target", "scribe.jsa");
      List<String> others = new ArrayList<>(options);
      others.remove(archive);
      makeArchive(local, others);
      options.set(archive, "-XX:SharedArchiveFile=" + local);
    }
    return options;
  }

  /** The jar's SQLite library for this machine, taken out as the Dockerfile does; its folder. */
  private static Path sqliteLibrary() throws IOException {
    String arch =
        switch (System.getProperty("os.arch")) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64", "arm64" -> "aarch64";
          default ->
              throw new IllegalStateException(
                  "no SQLite library for " + System.getProperty("os.arch"));
        };
    Path folder = Path.of("target", "sqlite-lib");
    Path library = folder.resolve("libsqlitejdbc.so");
    Path jar = Path.of("target", "scribe.jar");
    if (Files.exists(library)
        && Files.getLastModifiedTime(library).compareTo(Files.getLastModifiedTime(jar)) > 0) {
      return folder.toAbsolutePath();
    }
    Files.createDirectories(folder);
    try (JarFile jarFile = new JarFile(jar.toFile())) {
      JarEntry entry = jarFile.getJarEntry("org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so");
      if (entry == null) {
        throw new IllegalStateException(jar + " has no SQLite library for Linux " + arch);
      }
      try (InputStream in = jarFile.getInputStream(entry)) {
        Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return folder.toAbsolutePath();
  }

  /** Without the image's archive: for the floor, whose class path is not Scribe's jar. */
  static List<String> withoutArchive(List<String> options) {
    return options.stream().filter(o -> !o.startsWith("-XX:SharedArchiveFile=")).toList();
  }

  private static void makeArchive(Path archive, List<String> options)
      throws IOException, InterruptedException {
    Path jar = Path.of("target", "scribe.jar");
    if (Files.exists(archive)
        && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
      return;
    }
    Path out = Files.createTempDirectory("scribe-cds-training-");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:ArchiveClassesAtExit=" + archive);
    command.add("-Xlog:cds=error");
    command.addAll(options);
    command.addAll(List.of("-jar", jar.toString(), "demo", "--out", out.toString()));
    System.out.println("Making the class archive " + archive + " (the Dockerfile's training run)");
    Process training =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(out.resolve("training.log").toFile())
            .start();
    if (!training.waitFor(5, TimeUnit.MINUTES) || training.exitValue() != 0) {
      throw new IllegalStateException("the training run failed; see " + out);
    }
  }
}
