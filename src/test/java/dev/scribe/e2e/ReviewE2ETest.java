package dev.scribe.e2e;

import static dev.scribe.e2e.ScribeHarness.inChannel;
import static dev.scribe.e2e.ScribeHarness.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scribe.demo.SettableClock;
import dev.scribe.demo.UploadedFile;
import dev.scribe.export.IncidentExport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A post-mortem that reaches Final, over signed requests: versions with what changed, reviewers
 * asked by mention, a refusal for non-reviewers, Final after the last approval, and a change after
 * Final shown as such.
 */
class ReviewE2ETest {

  static final String DANA = "U0DANA";
  static final String LEE = "U0LEE";
  static final String KIM = "U0KIM";
  static final String SAM = "U0SAM";
  static final String CHANNEL = "C0INC";
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T15:30:00Z"));
    scribe.slack.addUser(DANA, "dana", "Europe/Berlin");
    scribe.slack.addUser(LEE, "lee", "Europe/Berlin");
    scribe.slack.addUser(KIM, "kim", "Europe/Berlin");
    scribe.slack.addUser(SAM, "sam", "Europe/Berlin");
    // Scribe knows Dana's zone before she types times, as after an incident start in a channel
    // she is in: her events are recorded before the draft is asked for, not a moment later.
    scribe.meet(DANA);
    pm(DANA, "start Checkout returns 500s sev:2");
    pm(DANA, "event 14:38 impact: error rate climbs");
    pm(DANA, "event 14:45 ack: on-call acks the page");
    pm(DANA, "set facilitator <@" + KIM + "|kim>");
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  JsonObject pm(String user, String command) throws Exception {
    scribe.clock.advance(Duration.ofMinutes(1));
    return scribe.pm(user, CHANNEL, command);
  }

  /** The Markdown of the n-th draft uploaded (1-based). */
  String draft(int n) {
    await().atMost(Duration.ofSeconds(10)).until(() -> markdowns().size() >= n);
    return markdowns().get(n - 1).text();
  }

  List<UploadedFile> markdowns() {
    return scribe.slack.uploadedFiles().stream()
        .filter(UploadedFile::completed)
        .filter(f -> !f.title().contains("timeline"))
        .toList();
  }

  @Test
  void fromDraftToFinalWithEveryStepInTheDocumentHistory() throws Exception {
    assertThat(text(pm(DANA, "review <@" + LEE + "|lee>")))
        .contains(":warning: Draft the post-mortem of INC-2026-001 first");

    assertThat(text(pm(DANA, "draft")))
        .contains("Drafting version 1 of the post-mortem of *INC-2026-001* (Draft)");
    String first = draft(1);
    assertThat(first)
        .contains("version 1 (Draft)")
        .contains("| **Review facilitator** | kim |")
        .doesNotContain("U0KIM")
        .contains("| 1 | 2026-11-21 16:3");

    JsonObject asked = pm(DANA, "review <@" + LEE + "|lee> <@" + KIM + "|kim>");
    assertThat(inChannel(asked)).isTrue();
    assertThat(text(asked))
        .startsWith(
            ":mag: <@"
                + LEE
                + ">, <@"
                + KIM
                + ">: <@"
                + DANA
                + "> asks you to review the post-mortem of *INC-2026-001* (version 1");

    JsonObject refused = pm(SAM, "approve");
    assertThat(inChannel(refused)).isFalse();
    // Named, not notified: only the review request itself mentions the reviewers.
    assertThat(text(refused))
        .contains("only the reviewers of INC-2026-001's post-mortem can approve it (@\u2060")
        .contains("@\u2060kim)")
        .doesNotContain("<@" + KIM + ">");

    assertThat(text(pm(LEE, "approve")))
        .contains("<@" + LEE + "> approved")
        .contains("Waiting for @\u2060kim");
    assertThat(text(pm(DANA, "review"))).contains("*In Review*").contains("Approved by @\u2060");
    JsonObject last = pm(KIM, "approve");
    assertThat(inChannel(last)).isTrue();
    assertThat(text(last)).contains("it is *Final*");

    pm(DANA, "event 15:40 restored: error rate back to baseline");
    pm(DANA, "set summary A bad config push broke checkout.");
    pm(DANA, "draft");
    String second = draft(2);
    assertThat(second)
        .contains("version 2 (Final)")
        .contains("**Status:** Final — approved by lee, kim")
        .contains("⚠ changed since approval: 1 event added · field summary")
        .contains("| dana | First draft: 3 events, 0 action items |")
        .contains("| dana | Review asked of lee, kim |")
        .contains("| lee | Approved |")
        .contains("| kim | **Final**: every reviewer approved |")
        .contains("| 2 | ")
        .contains("| dana | Drafted again: 1 event added · field summary |")
        .contains("| Approver | kim |");

    JsonObject export =
        JsonParser.parseString(
                IncidentExport.json(
                    scribe
                        .scribe
                        .postmortems()
                        .source(
                            scribe.scribe.incidents().current(ScribeHarness.TEAM, CHANNEL),
                            scribe.scribe.cachedUsers(),
                            java.time.ZoneOffset.UTC)))
            .getAsJsonObject();
    assertThat(
            export
                .getAsJsonObject("incident")
                .getAsJsonObject("fields")
                .get("facilitator")
                .getAsString())
        .isEqualTo(KIM);
    assertThat(
            export
                .getAsJsonObject("people")
                .getAsJsonObject("facilitator")
                .get("name")
                .getAsString())
        .isEqualTo("kim");
    assertThat(export.getAsJsonObject("postmortem").get("status").getAsString()).isEqualTo("final");
    assertThat(export.getAsJsonObject("people").getAsJsonObject("approver").get("id").getAsString())
        .isEqualTo(KIM);
  }

  @Test
  void reviewersMustBeMentionedAndStatusIsNotSetByHand() throws Exception {
    pm(DANA, "draft");
    assertThat(text(pm(DANA, "review lee")))
        .contains("Name each reviewer with an @-mention")
        .contains("`lee`");
    assertThat(text(pm(DANA, "set status final"))).contains("status follows its review");
    assertThat(text(pm(DANA, "set reviewers <@" + LEE + "|lee>"))).contains("/pm review");
    assertThat(text(pm(DANA, "review"))).contains("*Draft*, version 1").contains("Nobody is asked");
  }
}
