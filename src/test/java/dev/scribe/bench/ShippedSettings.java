package dev.scribe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options Scribe ships with, read from the Dockerfile's {@code JAVA_TOOL_OPTIONS}, so the
 * benchmark measures the settings users run (override with {@code BENCH_JAVA_OPTS}).
 */
final class ShippedSettings {

  private static final Pattern OPTIONS = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"");

  private ShippedSettings() {}

  static List<String> javaOptions(Path dockerfile) throws IOException {
    String override = System.getenv("BENCH_JAVA_OPTS");
    if (override != null && !override.isBlank()) {
      return Arrays.asList(override.strip().split("\\s+"));
    }
    Matcher m = OPTIONS.matcher(Files.readString(dockerfile));
    if (!m.find()) {
      throw new IllegalStateException("no JAVA_TOOL_OPTIONS in " + dockerfile);
    }
    return Arrays.asList(m.group(1).strip().split("\\s+"));
  }
}
