package dev.scribe.demo;

import dev.scribe.app.Scribe;
import dev.scribe.app.ScribeApp;
import dev.scribe.config.ScribeConfig;
import dev.scribe.export.IncidentExport;
import dev.scribe.incident.Incident;
import dev.scribe.recording.TaggedMessageService;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;

/**
 * {@code scribe demo}: the real app, a fresh SQLite database and a Slack API fake on loopback; a
 * sample incident played through signed requests; the draft Scribe uploads to the fake, saved.
 */
public final class OfflineDemo {

  /**
   * Where the demo wrote its results, and the channel and workspace of its incident (what {@code
   * scribe draft} and {@code export} ask for).
   */
  public record Result(
      Path draft, Path picture, Path export, Path database, String channelId, String teamId) {}

  private final PrintStream log;

  public OfflineDemo(PrintStream log) {
    this.log = log;
  }

  public Result run(Path out) throws Exception {
    Path dir = DemoFolder.create(out, Path.of(""), log);
    Path databaseFile = dir.resolve("scribe.db").toAbsolutePath();
    Files.deleteIfExists(databaseFile);
    Instant start = Instant.now().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.MINUTES);
    SettableClock clock = new SettableClock(start);
    String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    try (FakeSlackApi slack = FakeSlackApi.start(clock)) {
      DemoIncident.addPeople(slack);
      ScribeConfig config =
          ScribeConfig.fromEnvironment(
              Map.of(
                  "SLACK_BOT_TOKEN",
                  "xoxb-demo",
                  "SLACK_SIGNING_SECRET",
                  secret,
                  "SLACK_API_URL",
                  slack.methodsUrl(),
                  "PORT",
                  "0",
                  "DATABASE_URL",
                  "jdbc:sqlite:" + databaseFile),
              ScribeConfig.Needs.SLACK);
      try (Scribe scribe = Scribe.open(config, clock);
          ScribeApp app = scribe.slackApp()) {
        app.start();
        log.println(
            "Scribe is listening on 127.0.0.1:"
                + app.httpPort()
                + "; the Slack API fake on "
                + slack.methodsUrl());
        SignedSlackRequests requests =
            new SignedSlackRequests(
                URI.create("http://127.0.0.1:" + app.httpPort() + "/slack/events"),
                secret,
                slack.teamId(),
                slack::newResponseUrl);
        log.println(
            "Playing a sample incident: 40+ events over three hours, typed and tagged with reactions…");
        new DemoIncident(slack, requests, clock, start).play();
        awaitFetchedMessages(scribe.taggedMessages());
        awaitDeferredRequests(app);
        clock.set(start.plus(Duration.ofMinutes(200)));
        requests.pm(DemoIncident.DANA, DemoIncident.CHANNEL, "draft");
        slack.awaitCall("files.completeUploadExternal", Duration.ofSeconds(60));
        Incident incident = scribe.incidents().current(slack.teamId(), DemoIncident.CHANNEL);
        Path draft = save(slack, dir, ".md");
        Path picture = save(slack, dir, ".png");
        Path export = dir.resolve(incident.publicId() + ".json").toAbsolutePath();
        Files.writeString(
            export,
            IncidentExport.json(
                scribe.postmortems().source(incident, scribe.cachedUsers(), config.defaultZone())));
        return new Result(
            draft, picture, export, databaseFile, DemoIncident.CHANNEL, slack.teamId());
      }
    }
  }

  /** A command that waited for its sender's zone is completed before the draft is made. */
  private static void awaitDeferredRequests(ScribeApp app) throws InterruptedException {
    for (int i = 0; i < 100 && app.deferredRequestsWaiting(); i++) {
      Thread.sleep(100);
    }
  }

  private static void awaitFetchedMessages(TaggedMessageService tagged)
      throws InterruptedException {
    for (int i = 0; i < 100 && tagged.awaitingMessages(); i++) {
      Thread.sleep(100);
    }
  }

  /**
   * Saves the file Scribe uploaded whose kind matches: the PNG by its signature, the draft
   * otherwise.
   */
  private static Path save(FakeSlackApi slack, Path dir, String extension) throws Exception {
    boolean png = extension.equals(".png");
    for (int attempt = 0; attempt < 300; attempt++) {
      for (UploadedFile file : slack.uploadedFiles()) {
        if (file.completed() && isPng(file.bytes()) == png) {
          Path target =
              dir.resolve(file.title().replaceAll("[^A-Za-z0-9-]+", "-") + extension)
                  .toAbsolutePath();
          Files.write(target, file.bytes());
          return target;
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Scribe did not upload a " + extension + " file within 30 s");
  }

  private static boolean isPng(byte[] bytes) {
    return bytes.length > 4
        && bytes[0] == (byte) 0x89
        && bytes[1] == 'P'
        && bytes[2] == 'N'
        && bytes[3] == 'G';
  }
}
