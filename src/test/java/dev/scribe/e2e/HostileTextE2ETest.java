package dev.scribe.e2e;

import static dev.scribe.e2e.ScribeHarness.inChannel;
import static dev.scribe.e2e.ScribeHarness.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.scribe.demo.RecordedCall;
import dev.scribe.demo.SettableClock;
import dev.scribe.demo.UploadedFile;
import dev.scribe.render.MarkdownShape;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What people type cannot make Scribe ping anyone, break a draft or exhaust the server: over signed
 * requests, against the fake Slack that records every call.
 */
class HostileTextE2ETest {

  static final String ALICE = "U0ALICE";
  static final String BOB = "U0BOB";
  static final String CHANNEL = "C0INC";
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    scribe =
        new ScribeHarness(
            SettableClock.at("2026-11-21T15:30:00Z"),
            dev.scribe.storage.TestDatabases.sqlite(),
            Map.of("SCRIBE_CONFIRMATIONS", "channel"));
    scribe.slack.addUser(ALICE, "alice", "UTC");
    scribe.slack.addUser(BOB, "bob", "UTC");
    // A workspace admin (templates are the workspace's), whom Scribe has met.
    scribe.slack.makeAdmin(ALICE);
    scribe.meet(ALICE);
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void inChannelConfirmationsShowMentionsAsNamesAndBroadcastsAsWords() throws Exception {
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");

    JsonObject reply =
        scribe.pm(
            ALICE,
            CHANNEL,
            "event 14:03 impact: <!here> <!channel|@channel> <!subteam^S0OPS|@ops> paged, "
                + "<@U0BOB|bob> and <@U0CAROL> are on it; plain @everyone too");

    assertThat(inChannel(reply)).isTrue();
    assertThat(PostedText.liveMentions(text(reply), Set.of(ALICE))).isEmpty();
    assertThat(text(reply))
        .contains("@\u2060here", "@\u2060channel", "@\u2060ops", "@\u2060bob", "@\u2060everyone")
        .contains("@\u2060U0CAROL")
        .contains("<@" + ALICE + ">");
  }

  @Test
  void namingPeopleInAReplyNeverWaitsOnSlack() throws Exception {
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
    String many =
        IntStream.range(0, 40).mapToObj(i -> "<@U0NEW" + i + ">").collect(Collectors.joining(" "));
    int lookups = scribe.slack.calls("users.info").size();

    JsonObject reply = scribe.pm(ALICE, CHANNEL, "event 14:03 paged " + many);

    assertThat(text(reply)).contains("@\u2060U0NEW0 ", "@\u2060U0NEW39");
    assertThat(scribe.slack.calls("users.info")).hasSize(lookups);
  }

  @Test
  void aTitleWithTheCharactersOfAHereMentionStaysTextInTheDraftsComment() throws Exception {
    // Someone typed the characters <!here> into the title: Slack sends them escaped.
    scribe.pm(ALICE, CHANNEL, "start &lt;!here&gt; checkout &lt;@U0BOB&gt; down sev:2");
    scribe.pm(ALICE, CHANNEL, "event 14:03 impact: errors");

    scribe.pm(ALICE, CHANNEL, "draft");

    UploadedFile draft = awaitDraft();
    String comment = draft.initialComment().orElseThrow();
    assertThat(PostedText.liveMentions(comment, Set.of())).isEmpty();
    assertThat(comment).contains("&lt;!here&gt; checkout &lt;@U0BOB&gt; down");
    assertThat(draft.text()).contains("# Post-mortem: &lt;!here> checkout &lt;@U0BOB> down");
  }

  @Test
  void theDraftKeepsItsTablesFencesAndTextWhateverTheFieldsSay() throws Exception {
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
    scribe.pm(ALICE, CHANNEL, "event 14:03 impact: first half\rsecond half | with a pipe");
    scribe.pm(ALICE, CHANNEL, "event 14:05 ack: &lt;script&gt;alert(1)&lt;/script&gt;");
    scribe.pm(ALICE, CHANNEL, "set summary ```\nthe rest of the document would be code");
    scribe.pm(
        ALICE,
        CHANNEL,
        "set root-cause # A heading\n&gt; a quote\n- a list\n&lt;b&gt;bold&lt;/b&gt;");
    scribe.pm(ALICE, CHANNEL, "set contributing-factors a | b\u2028c; `d|e`");
    String baseline = MarkdownShape.of(draftOf("full")).structure().toString();

    scribe.pm(ALICE, CHANNEL, "set impact ~~~\n[x](javascript:alert(1)) ![t](https://t.example/p)");
    String draft = draftOf("full");

    MarkdownShape shape = MarkdownShape.of(draft);
    assertThat(shape.problems()).isEmpty();
    assertThat(shape.structure().toString()).isEqualTo(baseline);
    assertThat(draft)
        .contains("first half<br>second half \\| with a pipe")
        .contains("&lt;script>alert(1)&lt;/script>")
        .contains("\\`\\`\\`\\\nthe rest of the document would be code")
        .contains("\\# A heading\\\n\\> a quote\\\n\\- a list\\\n&lt;b>bold&lt;/b>");
  }

  @Test
  void aTemplateWithListsInsideListsIsRefusedWhenSaved() throws Exception {
    JsonObject reply =
        scribe.pm(
            ALICE,
            CHANNEL,
            "template save boom\n"
                + "{{#timeline.events}}{{#timeline.events}}{{#timeline.events}}{{text}}"
                + "{{/timeline.events}}{{/timeline.events}}{{/timeline.events}}");

    assertThat(inChannel(reply)).isFalse();
    assertThat(text(reply)).startsWith(":warning: The draft template `boom` was stopped");
    assertThat(text(scribe.pm(ALICE, CHANNEL, "template list"))).doesNotContain("boom");
  }

  @Test
  void aStoredTemplateThatOutgrowsTheLimitsOnARealIncidentTellsTheUser() throws Exception {
    // Three items on the sample incident, so it is saved; 700 on this one.
    String template =
        "{{#field.whys.items}}{{#field.whys.items}}{{#field.whys.items}}"
            + "{{/field.whys.items}}{{/field.whys.items}}{{/field.whys.items}}";
    assertThat(text(scribe.pm(ALICE, CHANNEL, "template save cubed\n" + template)))
        .contains("saved the template `cubed`");
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
    scribe.pm(ALICE, CHANNEL, "set whys " + "w;".repeat(700));

    scribe.pm(ALICE, CHANNEL, "draft cubed");

    RecordedCall told = scribe.slack.awaitCall("chat.postEphemeral", Duration.ofSeconds(20));
    assertThat(told.param("user")).contains(ALICE);
    assertThat(told.param("text").orElseThrow())
        .contains("I couldn't post the draft of INC-2026-001")
        .contains("`cubed` was stopped");
    assertThat(scribe.slack.uploadedFiles()).isEmpty();
    // Scribe is still there.
    assertThat(text(scribe.pm(ALICE, CHANNEL, "timeline"))).contains("INC-2026-001");
  }

  @Test
  void showingAStoredTemplateShowsItAsWritten() throws Exception {
    scribe.pm(ALICE, CHANNEL, "template save mine\n# {{incident.title}} &lt;!here&gt; &amp;");

    String shown = text(scribe.pm(ALICE, CHANNEL, "template show mine"));

    assertThat(shown).contains("# {{incident.title}} &lt;!here&gt; &amp;");
    assertThat(PostedText.liveMentions(shown, Set.of())).isEmpty();
  }

  private String draftOf(String template) throws Exception {
    int before = completedDrafts().size();
    scribe.pm(ALICE, CHANNEL, "draft " + template);
    await().atMost(Duration.ofSeconds(20)).until(() -> completedDrafts().size() > before);
    return completedDrafts().get(completedDrafts().size() - 1).text();
  }

  private UploadedFile awaitDraft() {
    await().atMost(Duration.ofSeconds(20)).until(() -> !completedDrafts().isEmpty());
    return completedDrafts().get(0);
  }

  private List<UploadedFile> completedDrafts() {
    return scribe.slack.uploadedFiles().stream()
        .filter(UploadedFile::completed)
        .filter(f -> f.title().contains("draft"))
        .toList();
  }
}
