package dev.scribe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's time goes: CPU samples from a JFR recording attributed to the nearest library or
 * Scribe frame, and what its request threads are doing in thread dumps taken under load.
 */
final class Profile {

  /** Package prefixes that name a component, in the order they are tried on each frame. */
  private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

  static {
    COMPONENTS.put("com.zaxxer.hikari", "HikariCP (pool)");
    COMPONENTS.put("org.sqlite", "SQLite JDBC");
    COMPONENTS.put("org.jdbi", "Jdbi");
    COMPONENTS.put("org.flywaydb", "Flyway");
    COMPONENTS.put("dev.scribe", "Scribe");
    COMPONENTS.put("com.google.gson", "Gson");
    COMPONENTS.put("com.slack", "Bolt / Slack SDK");
    COMPONENTS.put("okhttp3", "OkHttp (Slack API client)");
    COMPONENTS.put("org.eclipse.jetty", "HTTP server (Jetty)");
    COMPONENTS.put("sun.net.httpserver", "HTTP server (JDK)");
    COMPONENTS.put("org.slf4j", "logging");
  }

  /**
   * What a busy request thread is doing, by the first frame from the top of its stack that matches
   * (the more specific prefixes first).
   */
  private static final Map<String, String> WAITS = new LinkedHashMap<>();

  static {
    WAITS.put("com.zaxxer.hikari.pool.HikariPool.getConnection", "waiting for a pooled connection");
    WAITS.put("org.sqlite.core.NativeDB", "inside SQLite (statements, fsync, busy wait)");
    WAITS.put("org.sqlite", "SQLite JDBC (Java side)");
    WAITS.put("org.jdbi", "Jdbi");
    WAITS.put("dev.scribe", "Scribe code");
    WAITS.put("com.slack", "Bolt");
    WAITS.put("sun.net.httpserver", "JDK HTTP server (reading a body, writing)");
    WAITS.put("org.eclipse.jetty", "Jetty (reading, writing)");
  }

  /** Frames anywhere in a stack that mean the thread waits for work (left out of the shares). */
  private static final List<String> IDLE =
      List.of(
          "QueuedThreadPool$Runner.idleJobPoll",
          "ReservedThreadExecutor$ReservedThread.waitForTask",
          "ServerConnector.accept",
          "ManagedSelector.select",
          "ThreadPoolExecutor.getTask");

  private Profile() {}

  /** Share of CPU samples per component (the nearest non-JDK frame to the leaf). */
  static Map<String, Double> cpuByComponent(Path recording) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    long total = 0;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample")
            || event.getStackTrace() == null) {
          continue;
        }
        total++;
        counts.merge(component(event.getStackTrace().getFrames()), 1L, Long::sum);
      }
    }
    return shares(counts, total);
  }

  /** Share of CPU samples per method: the nearest non-JDK frame to the leaf. */
  static Map<String, Double> cpuByMethod(Path recording, int top) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    long total = 0;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample")
            || event.getStackTrace() == null) {
          continue;
        }
        total++;
        counts.merge(method(event.getStackTrace().getFrames()), 1L, Long::sum);
      }
    }
    Map<String, Double> all = shares(counts, total);
    Map<String, Double> first = new LinkedHashMap<>();
    all.entrySet().stream().limit(top).forEach(e -> first.put(e.getKey(), e.getValue()));
    return first;
  }

  private static String method(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (COMPONENTS.keySet().stream().anyMatch(type::startsWith)) {
        return type + "." + frame.getMethod().getName();
      }
    }
    return "(JDK only)";
  }

  private static String component(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      for (Map.Entry<String, String> c : COMPONENTS.entrySet()) {
        if (type.startsWith(c.getKey())) {
          return c.getValue();
        }
      }
    }
    String leaf = frames.isEmpty() ? "?" : frames.get(0).getMethod().getType().getName();
    return "JDK only (" + leaf.substring(0, Math.max(0, leaf.lastIndexOf('.'))) + ")";
  }

  /**
   * JFR's "profile" settings with CPU samples every millisecond (ten times the default: more
   * samples in a short round) and Jdbi's own statement events off: when a recording enables them,
   * Jdbi describes every statement's bindings for the event, a cost the server does not pay
   * unrecorded, which would otherwise show in the profile as Jdbi's.
   */
  static Path settings(Path folder) throws IOException {
    Path profile = Path.of(System.getProperty("java.home"), "lib", "jfr", "profile.jfc");
    String jfc =
        Files.readString(profile)
            .replace(
                "<setting name=\"period\" control=\"method-sampling-java-interval\">10 ms</setting>",
                "<setting name=\"period\" control=\"method-sampling-java-interval\">1 ms</setting>")
            .replace(
                "</configuration>",
                "  <event name=\"jdbi.statement\"><setting name=\"enabled\">false</setting></event>\n"
                    + "</configuration>");
    Path settings = folder.resolve("profile-1ms.jfc");
    Files.writeString(settings, jfc);
    return settings;
  }

  /** Runs a {@code jcmd} command against the process; returns what it printed. */
  static String jcmd(long pid, String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    line.add(Long.toString(pid));
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    process.waitFor(30, TimeUnit.SECONDS);
    return new String(out, StandardCharsets.UTF_8);
  }

  /** Share of busy request-thread stacks per activity, over several thread dumps. */
  static Map<String, Double> requestThreads(List<String> dumps, String threadNamePrefix) {
    Map<String, Long> counts = new TreeMap<>();
    long total = 0;
    for (String dump : dumps) {
      for (String block : dump.split("\n\n")) {
        if (!block.startsWith("\"" + threadNamePrefix)) {
          continue;
        }
        if (IDLE.stream().noneMatch(block::contains)) {
          total++;
          counts.merge(activity(block), 1L, Long::sum);
        }
      }
    }
    return shares(counts, total);
  }

  private static String activity(String stack) {
    for (String line : stack.split("\n")) {
      String frame = line.strip();
      if (!frame.startsWith("at ")) {
        continue;
      }
      for (Map.Entry<String, String> w : WAITS.entrySet()) {
        if (frame.startsWith("at " + w.getKey())) {
          return w.getValue();
        }
      }
    }
    return "other";
  }

  private static Map<String, Double> shares(Map<String, Long> counts, long total) {
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    Map<String, Double> shares = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : sorted) {
      shares.put(e.getKey(), total == 0 ? 0 : 100.0 * e.getValue() / total);
    }
    return shares;
  }
}
