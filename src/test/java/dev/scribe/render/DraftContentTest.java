package dev.scribe.render;

import static dev.scribe.postmortem.DraftFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.incident.IncidentField;
import dev.scribe.postmortem.DraftFixtures;
import dev.scribe.postmortem.DraftSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DraftContentTest {

  private static final List<IncidentField> FREE_TEXT =
      Arrays.stream(IncidentField.values()).filter(f -> !f.isIncidentColumn()).toList();

  @Test
  void everyFieldFillsASectionOfTheFullDraft() {
    Map<IncidentField, String> fields = new EnumMap<>(IncidentField.class);
    FREE_TEXT.forEach(f -> fields.put(f, "value of " + f.key()));

    String draft =
        Drafts.service()
            .markdown(DraftFixtures.source(DraftFixtures.events(), fields, ZoneOffset.UTC), "full");

    FREE_TEXT.stream()
        .filter(f -> !f.isSetByReview())
        .forEach(f -> assertThat(draft).as(f.key()).contains("value of " + f.key()));
    // Reviewers and status come from the review, whatever a field of the same name holds.
    assertThat(draft)
        .contains("| **Document status** | In Review ")
        .contains("| **Reviewers** | lee, sam |")
        .doesNotContain("value of reviewers")
        .doesNotContain("`/pm set ");
  }

  @Test
  void aFieldNotSetIsAPromptSayingHowToSetIt() {
    String draft =
        Drafts.service()
            .markdown(
                DraftFixtures.source(DraftFixtures.events(), Map.of(), ZoneOffset.UTC), "full");

    FREE_TEXT.stream()
        .filter(f -> !f.isSetByReview())
        .forEach(f -> assertThat(draft).as(f.key()).contains("`/pm set " + f.key()));
    assertThat(draft).contains("> ✍️ _To fill in: the underlying cause — `/pm set root-cause ");
  }

  @Test
  void draftingAgainAfterSettingAFieldGivesABetterDraft() {
    Map<IncidentField, String> fields = new EnumMap<>(IncidentField.class);
    String before =
        Drafts.service()
            .markdown(
                DraftFixtures.source(DraftFixtures.events(), fields, ZoneOffset.UTC), "brief");
    fields.put(IncidentField.RESOLUTION, "rolled back to config v141, then purged the CDN");

    String after =
        Drafts.service()
            .markdown(
                DraftFixtures.source(DraftFixtures.events(), fields, ZoneOffset.UTC), "brief");

    assertThat(before).contains("`/pm set resolution");
    assertThat(after)
        .doesNotContain("`/pm set resolution")
        .contains(
            "## 4. Resolution and recovery\n\nrolled back to config v141, then purged the CDN\n");
  }

  @Test
  void slackTextIsShownAsWrittenWithoutHtmlEscaping() {
    List<TimelineEvent> events = new ArrayList<>(DraftFixtures.events());
    events.add(
        event(
            10,
            "2026-11-21T20:56:00Z",
            Marker.NOTE,
            "limit is a &lt; b &amp;&amp; c = \"d\" for <@U4>",
            "U3"));
    DraftSource source =
        new DraftSource(
            DraftFixtures.incident(),
            events,
            DraftFixtures.fields(),
            DraftFixtures.actions(),
            id -> Optional.ofNullable(Map.of("U4", "kim").get(id)),
            ZoneOffset.UTC,
            DraftFixtures.GENERATED);

    String draft = Drafts.service().markdown(source, "full");

    assertThat(draft)
        .contains("limit is a < b && c = \"d\" for @kim")
        .doesNotContain("&amp;", "&quot;", "&#61;", "&lt;");
    assertThat(draft).contains("- **kim** — mentioned");
  }

  @Test
  void anIncidentWithNothingRecordedGivesPromptsNotBlanks() {
    DraftSource empty =
        new DraftSource(
            DraftFixtures.incident(),
            List.of(),
            Map.of(),
            List.of(),
            id -> Optional.empty(),
            ZoneOffset.UTC,
            DraftFixtures.GENERATED);

    for (String template : List.of("full", "aws", "leanup", "brief")) {
      String draft = Drafts.service().markdown(empty, template);
      assertThat(draft)
          .as(template)
          .contains("No events recorded yet")
          .contains("/pm action")
          .doesNotContain("null", "{{", "||");
    }
  }

  @Test
  void theSlackSummaryGivesTheKeyMetricsInAFewLines() {
    String summary = Drafts.service().summaryLine(DraftFixtures.source());

    assertThat(summary)
        .isEqualTo(
            "*INC-2026-014 · Checkout returns 500s for EU customers* — SEV2, resolved, post-mortem"
                + " version 2, In Review\n"
                + "detect 7 min · impact 1 h 02 min · resolve 1 h 30 min\n"
                + "9 events · 3 people · 3 action items (3 open)");
  }
}
