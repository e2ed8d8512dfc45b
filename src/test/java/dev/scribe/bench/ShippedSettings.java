package dev.scribe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options Scribe ships with, read from the Dockerfile's {@code JAVA_TOOL_OPTIONS}, so the
 * benchmark measures the settings users run (override with {@code BENCH_JAVA_OPTS}). The image's
 * class archive ({@code -XX:SharedArchiveFile=/app/scribe.jsa}) is made here as the Dockerfile
 * makes it — a training run of the demo — as {@code target/scribe.jsa}, whenever the jar is newer.
 */
final class ShippedSettings {

  private static final Pattern OPTIONS = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"");
  private static final String IMAGE_ARCHIVE = "-XX:SharedArchiveFile=/app/scribe.jsa";

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
