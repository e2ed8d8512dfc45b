package dev.scribe.e2e;

import static dev.scribe.e2e.ScribeHarness.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scribe.demo.SettableClock;
import dev.scribe.demo.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** From signed {@code /pm} requests to the bytes of the draft uploaded to Slack. */
class DraftsE2ETest {

  static final String ALICE = "U0ALICE";
  static final String CHANNEL = "C0INC";
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T15:30:00Z"));
    scribe.slack.addUser(ALICE, "alice", "Europe/Berlin");
    // A workspace admin (templates are the workspace's), whom Scribe has met.
    scribe.slack.makeAdmin(ALICE);
    scribe.meet(ALICE);
    scribe.pm(ALICE, CHANNEL, "start Checkout returns 500s sev:2");
    scribe.pm(ALICE, CHANNEL, "event 14:38 impact: error rate climbs on checkout-api");
    scribe.pm(ALICE, CHANNEL, "event 14:45 ack: on-call acks the page");
    scribe.pm(ALICE, CHANNEL, "event 15:40 restored: error rate back to baseline");
    scribe.pm(ALICE, CHANNEL, "set summary A bad config push broke checkout for EU customers.");
    scribe.pm(
        ALICE,
        CHANNEL,
        "action Validate EU regions in the config validator <@" + ALICE + "|alice> due:+7d high");
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  List<UploadedFile> awaitUploads(int count) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                scribe.slack.uploadedFiles().stream().filter(UploadedFile::completed).count()
                    >= count);
    return scribe.slack.uploadedFiles();
  }

  @Test
  void draftIsUploadedToTheChannelWithItsPictureAndASummary() throws Exception {
    String ack = text(scribe.pm(ALICE, CHANNEL, "draft"));
    assertThat(ack).contains("Drafting version 1 of the post-mortem of *INC-2026-001* (Draft)");

    List<UploadedFile> files = awaitUploads(2);
    UploadedFile markdown =
        files.stream().filter(f -> !f.title().contains("timeline")).findFirst().orElseThrow();
    String draft = new String(markdown.bytes(), StandardCharsets.UTF_8);
    assertThat(markdown.channelId()).contains(CHANNEL);
    assertThat(draft)
        .contains("INC-2026-001")
        .contains("A bad config push broke checkout for EU customers.")
        .contains(
            "| time to detect (MTTD) | 7 min | T1 14:38 CET “error rate climbs on checkout-api” → T3 14:45 CET “on-call acks the page”")
        .contains("Validate EU regions in the config validator")
        .contains("not recorded");
    UploadedFile png =
        files.stream().filter(f -> f.title().contains("timeline")).findFirst().orElseThrow();
    assertThat(png.bytes()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(markdown.initialComment())
        .get()
        .asString()
        .contains("INC-2026-001")
        .contains("detect 7 min");
  }

  @Test
  void anAlertPostedByAnIntegrationIsCreditedToItByName() throws Exception {
    String ts =
        scribe.slack.postBotMessage(
            CHANNEL, "B0PAGER", "PagerDuty", "Triggered: checkout-api 5xx > 2%");
    String reaction =
        "{\"type\":\"reaction_added\",\"user\":\""
            + ALICE
            + "\",\"reaction\":\"rotating_light\","
            + "\"item\":{\"type\":\"message\",\"channel\":\""
            + CHANNEL
            + "\",\"ts\":\""
            + ts
            + "\"},\"event_ts\":\"1.1\"}";
    scribe.event("EvBot1", reaction, java.util.Map.of());
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !scribe.scribe.taggedMessages().awaitingMessages());

    scribe.pm(ALICE, CHANNEL, "draft");
    String draft = new String(awaitUploads(2).get(0).bytes(), StandardCharsets.UTF_8);
    assertThat(draft)
        .contains("Triggered: checkout-api 5xx > 2%")
        .contains("PagerDuty")
        .doesNotContain("B0PAGER");
  }

  @Test
  void draftingAgainAfterMoreIsKnownGivesAFullerDraft() throws Exception {
    scribe.pm(ALICE, CHANNEL, "draft brief");
    String first = new String(awaitUploads(2).get(0).bytes(), StandardCharsets.UTF_8);
    scribe.pm(ALICE, CHANNEL, "set root-cause The config validator skipped EU regions");
    scribe.pm(ALICE, CHANNEL, "draft brief");
    String second = new String(awaitUploads(4).get(2).bytes(), StandardCharsets.UTF_8);
    assertThat(first).doesNotContain("The config validator skipped EU regions");
    assertThat(second)
        .contains("The config validator skipped EU regions")
        .contains("A bad config push");
  }

  @Test
  void aWorkspaceStoresItsOwnTemplateAndOthersDoNotSeeIt() throws Exception {
    String saved =
        text(
            scribe.pm(
                ALICE,
                CHANNEL,
                "template save onepager\n{{! Our one-pager }}\n# {{incident.id}} &gt; {{incident.title}}\n{{#metrics}}- {{explanation}}\n{{/metrics}}"));
    assertThat(saved).contains("saved the template `onepager`");
    assertThat(text(scribe.pm(ALICE, CHANNEL, "draft list")))
        .contains("`onepager`")
        .contains("Our one-pager")
        .contains("`aws`");

    scribe.pm(ALICE, CHANNEL, "draft onepager");
    String draft = new String(awaitUploads(2).get(0).bytes(), StandardCharsets.UTF_8);
    assertThat(draft)
        .startsWith("# INC-2026-001 > Checkout returns 500s")
        .contains("- time to detect (MTTD) 7 min");

    assertThat(text(scribe.pm("T0OTHER", ALICE, "C0THEIRS", "draft list")))
        .doesNotContain("onepager");
    assertThat(text(scribe.pm(ALICE, CHANNEL, "template save broken\n{{#metrics}}unclosed")))
        .contains(":warning:");
    assertThat(text(scribe.pm(ALICE, CHANNEL, "draft nosuch")))
        .contains(":warning:")
        .contains("onepager");
    assertThat(text(scribe.pm(ALICE, CHANNEL, "template delete onepager"))).contains("deleted");
    assertThat(text(scribe.pm(ALICE, CHANNEL, "draft list"))).doesNotContain("onepager");
  }
}
