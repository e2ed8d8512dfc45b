package dev.scribe.bench;

import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.ActionStatus;
import dev.scribe.actions.Priority;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.IncidentStatus;
import dev.scribe.incident.Severity;
import dev.scribe.postmortem.DraftService;
import dev.scribe.postmortem.DraftSource;
import dev.scribe.render.BuiltInTemplateCatalog;
import dev.scribe.render.MustacheDraftRenderer;
import dev.scribe.render.TimelineImageRenderer;
import dev.scribe.slack.SlackEventText;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long a draft takes for 100, 1,000 and 10,000 events: the Markdown (full template) and,
 * separately, the timeline PNG. Run with {@code mvn -q -B -o test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=dev.scribe.bench.DraftBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgs = {"-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Xmx1g"})
public class DraftBenchmark {

  private static final Instant START = Instant.parse("2026-11-21T20:38:00Z");

  @Param({"100", "1000", "10000"})
  public int events;

  private DraftService service;
  private DraftSource source;

  @Setup(Level.Trial)
  public void setUp() {
    service =
        new DraftService(
            new BuiltInTemplateCatalog(),
            new MustacheDraftRenderer(),
            new TimelineImageRenderer(),
            new SlackEventText());
    source = source(events);
  }

  @Benchmark
  public String markdown() {
    return service.markdown(source, "full");
  }

  @Benchmark
  public byte[] png() {
    return service.timelinePng(source);
  }

  /** An incident of n events: the eight markers spread over two hours, the rest notes. */
  static DraftSource source(int n) {
    Random random = new Random(42);
    List<TimelineEvent> list = new ArrayList<>(n);
    Marker[] markers = Marker.timelineMarkers().toArray(Marker[]::new);
    for (int i = 1; i <= n; i++) {
      Marker marker =
          i % Math.max(1, n / 8) == 1 && (i / Math.max(1, n / 8)) < 8
              ? markers[i / Math.max(1, n / 8)]
              : Marker.NOTE;
      Instant at = START.plusMillis((long) i * 7_200_000L / n);
      String user = "U" + (1 + random.nextInt(20));
      String text =
          switch (i % 3) {
            case 0 ->
                "checked <https://grafana.example/d/checkout?panel="
                    + i
                    + "|dashboard "
                    + i
                    + "> with <@"
                    + user
                    + "> — error rate "
                    + random.nextInt(100) / 10.0
                    + "%";
            case 1 -> "restarted pod checkout-api-" + i + " | still failing";
            default ->
                "<@U" + (1 + random.nextInt(20)) + "> says the queue is at " + random.nextInt(5000);
          };
      list.add(
          new TimelineEvent(
              i, 1, i, at, marker, text, user, "U1", EventSource.COMMAND, null, at, false));
    }
    Collections.shuffle(list, random);
    Incident incident =
        new Incident(
            1,
            "T1",
            "C1",
            "INC-2026-001",
            "Checkout returns 500s",
            Severity.SEV2,
            IncidentStatus.RESOLVED,
            "U1",
            "U2",
            START,
            START.plusSeconds(7200));
    List<ActionItem> actions =
        List.of(
            new ActionItem(
                1,
                1,
                1,
                "Add EU regions to the validator",
                "U1",
                null,
                Priority.HIGH,
                ActionKind.SHORT_TERM,
                ActionStatus.OPEN,
                null,
                "U1",
                START,
                null,
                null));
    return new DraftSource(
        incident,
        list,
        Map.of(
            IncidentField.SUMMARY,
            "Config push broke checkout.",
            IncidentField.ROOT_CAUSE,
            "validator"),
        actions,
        id -> Optional.of("user-" + id),
        ZoneId.of("Europe/Berlin"),
        START.plusSeconds(86_400));
  }

  public static void main(String[] args) throws RunnerException {
    useLoaderClasspathForForks();
    new Runner(
            new OptionsBuilder()
                .include(DraftBenchmark.class.getName())
                .resultFormat(ResultFormatType.JSON)
                .result("target/jmh-drafts.json")
                .build())
        .run();
  }

  /**
   * Under {@code exec:java} the test classes are on a class loader, not on {@code java.class.path},
   * which is what JMH gives its forked JVMs.
   */
  private static void useLoaderClasspathForForks() {
    if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
      String path =
          Arrays.stream(loader.getURLs())
              .map(URL::getFile)
              .collect(Collectors.joining(File.pathSeparator));
      System.setProperty("java.class.path", path);
    }
  }
}
