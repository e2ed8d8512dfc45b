package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scribe.common.HostileText;
import dev.scribe.demo.RecordedCall;
import dev.scribe.demo.SettableClock;
import dev.scribe.demo.UploadedFile;
import dev.scribe.incident.Incident;
import dev.scribe.postmortem.DraftFixtures;
import dev.scribe.render.BuiltInTemplateCatalog;
import dev.scribe.render.MarkdownShape;
import dev.scribe.render.MustacheDraftRenderer;
import dev.scribe.render.TimelineImageRenderer;
import dev.scribe.storage.TestDatabases;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeded fuzzing of the real app over signed requests: hostile {@code /pm} text and hostile
 * messages tagged with reactions or edited, then drafts. Asserts that Scribe never answers 5xx or
 * fails on its side, that every reply is an ephemeral error or a confirmation, that nothing it
 * posts anywhere notifies anyone, and that its drafts stay well-formed Markdown. The seed is fixed
 * (so CI is reproducible) and logged; {@code -Dscribe.fuzz.seed=N} tries another. NUL is not
 * generated: how storage treats it is decided elsewhere.
 */
class HostileInputFuzzE2ETest {

  private static final Logger log = LoggerFactory.getLogger(HostileInputFuzzE2ETest.class);
  private static final long DEFAULT_SEED = 8_2026_1121L;
  private static final int STEPS = 120;

  static final String ALICE = "U0ALICE";
  static final String BOB = "U0BOB";
  static final String CHANNEL = "C0FUZZ";
  static final List<String> FIELDS =
      List.of(
          "title",
          "summary",
          "impact",
          "root-cause",
          "whys",
          "contributing-factors",
          "trigger",
          "lessons",
          "services",
          "tags",
          "related",
          "supporting-data",
          "went-well",
          "users");
  static final List<String> MARKERS =
      List.of("", "impact: ", "alert: ", "ack: ", "cause: ", "fix: ", "restored: ", "resolved: ");
  static final List<String> EMOJI =
      List.of("boom", "rotating_light", "eyes", "mag", "bulb", "large_green_circle", "pushpin");
  static final Pattern MERMAID_ENTRY =
      Pattern.compile(" {8}\\d\\d∶\\d\\d : T\\d [a-z]+ — (?!.*%%)[^:;#`\"\\r\\n]*");

  private final long seed = HostileText.seed(DEFAULT_SEED);
  private final HostileText hostile = new HostileText(seed, 2_000);
  private final List<String> messages = new ArrayList<>();
  private ScribeHarness scribe;
  private int step;
  private String lastInput = "";

  @BeforeEach
  void start() throws Exception {
    log.info("Fuzzing with seed {} (replay with -Dscribe.fuzz.seed={})", seed, seed);
    scribe =
        new ScribeHarness(
            SettableClock.at("2026-11-21T15:30:00Z"),
            TestDatabases.sqlite(),
            Map.of("SCRIBE_CONFIRMATIONS", "channel"));
    scribe.slack.addUser(ALICE, "alice", "UTC");
    scribe.slack.addUser(BOB, "bob <!here>", "UTC");
    scribe.slack.addUser(HostileText.TARGET, "victim", "UTC");
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void noInputBreaksScribeOrMakesItNotifyAnyone() throws Exception {
    command("start Fuzzed incident " + hostile.next(3));
    command("event 14:03 impact: it started " + hostile.next(3));
    long start = System.nanoTime();
    for (step = 0; step < STEPS; step++) {
      if (hostile.nextInt(5) == 0) {
        messageEvent();
      } else {
        command(randomCommand());
      }
    }
    long steps = System.nanoTime();
    awaitTaggedMessagesFetched();
    for (String template : List.of("full", "brief")) {
      lastInput = "draft " + template;
      checkDraft(template, draft(template));
    }
    everyPostedTextIsInert();
    log.info(
        "Seed {}: {} steps in {} ms, drafts and checks in {} ms",
        seed,
        STEPS,
        (steps - start) / 1_000_000,
        (System.nanoTime() - steps) / 1_000_000);
  }

  private String randomCommand() {
    String text = hostile.next(6);
    return switch (hostile.nextInt(12)) {
      case 0, 1, 2 ->
          "event " + hostile.pick(List.of("", "14:10 ", "-5m ")) + hostile.pick(MARKERS) + text;
      case 3, 4 -> "set " + hostile.pick(FIELDS) + " " + text;
      case 5 -> "action " + text + hostile.pick(List.of("", " <@" + BOB + "|bob> due:+7d high"));
      case 6 -> "edit " + (1 + hostile.nextInt(6)) + " " + text;
      case 7 -> text;
      case 8 ->
          hostile.pick(
              List.of("timeline", "actions", "set", "help", "draft list", "template list"));
      case 9 -> "template save fuzz" + hostile.nextInt(3) + "\n" + text;
      case 10 -> "start " + text;
      default -> hostile.pick(List.of("resolve", "reopen", "delete 99", "done 1")) + " " + text;
    };
  }

  /** Sends {@code /pm TEXT} and checks the answer. */
  private void command(String text) throws Exception {
    lastInput = text;
    String user = hostile.nextInt(4) == 0 ? BOB : ALICE;
    HttpResponse<String> response =
        scribe.post(form(user, text), "application/x-www-form-urlencoded", Map.of());
    assertThat(response.statusCode()).as(where()).isLessThan(500).isEqualTo(200);
    JsonObject reply = JsonParser.parseString(response.body()).getAsJsonObject();
    String kind = reply.get("response_type").getAsString();
    String shown = reply.get("text").getAsString();
    assertThat(kind).as(where()).isIn("ephemeral", "in_channel");
    assertThat(shown)
        .as(where())
        .isNotBlank()
        .doesNotContain("Something went wrong on Scribe's side");
    boolean error = shown.startsWith(":warning:") || shown.startsWith(":x:");
    if (error) {
      assertThat(kind).as(where() + " an error is for its author only").isEqualTo("ephemeral");
    }
    assertThat(PostedText.liveMentions(shown, Set.of(user))).as(where() + ": " + shown).isEmpty();
  }

  /** A hostile message in the channel, tagged with a reaction, sometimes edited afterwards. */
  private void messageEvent() throws Exception {
    String text = hostile.next(6);
    lastInput = "message " + text;
    String ts = scribe.slack.postUserMessage(CHANNEL, hostile.pick(List.of(BOB, ALICE)), text);
    messages.add(ts);
    JsonObject reaction = new JsonObject();
    reaction.addProperty("type", "reaction_added");
    reaction.addProperty("user", ALICE);
    reaction.addProperty("reaction", hostile.pick(EMOJI));
    JsonObject item = new JsonObject();
    item.addProperty("type", "message");
    item.addProperty("channel", CHANNEL);
    item.addProperty("ts", ts);
    reaction.add("item", item);
    reaction.addProperty("event_ts", ts);
    assertThat(scribe.event("EvFuzz" + step, reaction.toString(), Map.of()).statusCode())
        .as(where())
        .isEqualTo(200);
    if (hostile.nextInt(2) == 0) {
      String edited = hostile.next(4);
      lastInput = "edit to " + edited;
      scribe.slack.editMessage(CHANNEL, ts, edited);
      JsonObject message = new JsonObject();
      message.addProperty("type", "message");
      message.addProperty("ts", ts);
      message.addProperty("user", BOB);
      message.addProperty("text", edited);
      JsonObject changed = new JsonObject();
      changed.addProperty("type", "message");
      changed.addProperty("subtype", "message_changed");
      changed.addProperty("channel", CHANNEL);
      changed.add("message", message);
      changed.addProperty("ts", ts + "1");
      changed.addProperty("event_ts", ts + "1");
      assertThat(scribe.event("EvFuzzEdit" + step, changed.toString(), Map.of()).statusCode())
          .as(where())
          .isEqualTo(200);
    }
  }

  private void awaitTaggedMessagesFetched() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              Incident incident = scribe.scribe.incidents().current(ScribeHarness.TEAM, CHANNEL);
              return scribe.scribe.timeline().events(incident).stream()
                  .noneMatch(e -> e.text().isEmpty());
            });
  }

  private String draft(String template) throws Exception {
    long before = drafts().size();
    command("draft " + template);
    await().atMost(Duration.ofSeconds(30)).until(() -> drafts().size() > before);
    return drafts().get(drafts().size() - 1).text();
  }

  private void checkDraft(String template, String draft) {
    MarkdownShape shape = MarkdownShape.of(draft);
    MarkdownShape benign =
        MarkdownShape.of(
            new dev.scribe.postmortem.DraftService(
                    new BuiltInTemplateCatalog(),
                    new MustacheDraftRenderer(),
                    new TimelineImageRenderer(),
                    new dev.scribe.slack.SlackEventText())
                .markdown(DraftFixtures.source(), template));
    assertThat(shape.problems()).as(where()).isEmpty();
    assertThat(headings(shape)).as(where()).isEqualTo(headings(benign));
    assertThat(shape.structure())
        .as(where() + ": only the template's own Mermaid chart is code")
        .filteredOn(s -> s.startsWith("fence"))
        .allMatch(s -> s.equals("fence mermaid"))
        .hasSizeLessThanOrEqualTo(1);
    assertThat(shape.outsideCode()).as(where()).doesNotContain("<!", "<@");
    assertThat(shape.links()).as(where()).allMatch(u -> u.matches("(?i)(https?|mailto):.*"));
    draft
        .lines()
        .filter(line -> line.matches(" {8}\\d\\d∶\\d\\d : .*"))
        .forEach(line -> assertThat(line).as(where()).matches(MERMAID_ENTRY));
  }

  /** The template's own headings: what no text may add or take away. */
  private static List<String> headings(MarkdownShape shape) {
    return shape.structure().stream().filter(s -> s.startsWith("heading")).toList();
  }

  private void everyPostedTextIsInert() {
    List<RecordedCall> calls = scribe.slack.calls();
    assertThat(calls).extracting(RecordedCall::method).contains("files.completeUploadExternal");
    for (RecordedCall call : calls) {
      Set<String> mayMention =
          switch (call.method()) {
            case "chat.postEphemeral" -> Set.of(call.param("user").orElse(""));
            case "chat.postMessage" -> Set.of(call.param("channel").orElse(""));
            default -> Set.of();
          };
      for (String text : PostedText.of(call)) {
        assertThat(PostedText.liveMentions(text, mayMention))
            .as("seed %d: %s posted %s", seed, call.method(), visible(text))
            .isEmpty();
      }
    }
  }

  private List<UploadedFile> drafts() {
    return scribe.slack.uploadedFiles().stream()
        .filter(UploadedFile::completed)
        .filter(f -> f.title().contains("draft"))
        .toList();
  }

  private final AtomicInteger triggers = new AtomicInteger();

  private String form(String user, String text) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team_id", ScribeHarness.TEAM);
    form.put("channel_id", CHANNEL);
    form.put("user_id", user);
    form.put("command", "/pm");
    form.put("text", text);
    form.put("response_url", "https://hooks.slack.invalid/commands/fuzz");
    // Slack gives every invocation its own trigger id (Scribe keys a draft request on it).
    form.put("trigger_id", "fuzz.trigger." + triggers.incrementAndGet());
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private String where() {
    return "seed " + seed + ", step " + step + ", input " + visible(lastInput);
  }

  /** Invisible and line-breaking characters written out, so a failure can be read. */
  static String visible(String text) {
    StringBuilder out = new StringBuilder();
    String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
    shown
        .codePoints()
        .forEach(
            cp -> {
              if (cp < 0x20
                  || (cp >= 0x7F && cp <= 0x9F)
                  || cp == 0x2028
                  || cp == 0x2029
                  || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
