package dev.scribe.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.common.UserFacingException;
import dev.scribe.incident.IncidentField;
import dev.scribe.postmortem.DraftFixtures;
import dev.scribe.postmortem.DraftSource;
import dev.scribe.postmortem.DraftTemplate;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MustacheDraftRendererTest {

  /** Three lists inside each other: the template that once filled the heap. */
  static final String NESTED_LOOPS =
      "{{#timeline.events}}{{#timeline.events}}{{#timeline.events}}{{text}} {{who}}\n"
          + "{{/timeline.events}}{{/timeline.events}}{{/timeline.events}}";

  @Test
  void aTemplateCannotIncludeFilesFromTheServer() throws Exception {
    // A file the working directory really has: the default resolver would have read it.
    Path secret =
        Files.writeString(Path.of("target", "partial-probe.txt"), "SLACK_BOT_TOKEN=xoxb-secret");
    try {
      DraftTemplate template = DraftTemplate.of("sneaky", "{{> target/partial-probe.txt}}\n");
      assertThatThrownBy(() -> Drafts.service().check(template))
          .isInstanceOf(UserFacingException.class)
          .hasMessageContaining("cannot include other files")
          .hasMessageNotContaining("xoxb-secret");
    } finally {
      Files.deleteIfExists(secret);
    }
  }

  @Test
  void nestedLoopsAreRefusedWhenTheTemplateIsSaved() {
    DraftTemplate boom = DraftTemplate.of("boom", NESTED_LOOPS);

    assertThatThrownBy(() -> Drafts.service().check(boom))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("`boom` was stopped")
        .hasMessageContaining("Keep lists out of other lists");
  }

  @Test
  void aDraftThatGrowsPastTheLimitStopsThereInsteadOfFillingTheHeap() {
    // Fine on the sample incident, too much on a large one: only the draft can find out.
    DraftTemplate twice =
        DraftTemplate.of(
            "twice",
            "{{#timeline.events}}{{#timeline.events}}{{text}}\n{{/timeline.events}}{{/timeline.events}}");
    MustacheDraftRenderer small =
        new MustacheDraftRenderer(
            new DraftLimits(40_000, 8, 1024 * 1024, 1_000_000, Duration.ofSeconds(5)));
    var drafts = Drafts.service(small);

    assertThatCode(() -> drafts.markdown(DraftFixtures.source(), "full"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> small.render(twice, drafts.view(events(2_000), "full")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("longer than 1 Mi characters");
  }

  @Test
  void loopsThatWriteNothingAreStoppedByTheirNumberOfSteps() {
    DraftTemplate silent =
        DraftTemplate.of(
            "silent",
            "{{#timeline.events}}{{#timeline.events}}{{#timeline.events}}{{/timeline.events}}"
                + "{{/timeline.events}}{{/timeline.events}}done");
    MustacheDraftRenderer renderer = new MustacheDraftRenderer();

    long start = System.nanoTime();
    assertThatThrownBy(() -> renderer.render(silent, Drafts.service().view(events(1_000), "full")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("more than 1,000,000 times");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aDraftThatTakesTooLongIsStopped() {
    DraftTemplate slow = DraftTemplate.of("slow", NESTED_LOOPS);
    MustacheDraftRenderer hasty =
        new MustacheDraftRenderer(
            new DraftLimits(40_000, 8, Integer.MAX_VALUE, Long.MAX_VALUE, Duration.ofMillis(50)));

    assertThatThrownBy(() -> hasty.render(slow, Drafts.service().view(events(1_000), "full")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("takes longer than");
  }

  @Test
  void deeplyNestedSectionsAreRefusedBeforeTheyCanOverflowTheStack() {
    String deep = "{{#a}}".repeat(3_000) + "x" + "{{/a}}".repeat(3_000);
    String disguised = "{{=<% %>=}}" + "<%#incident%>".repeat(9) + "<%/incident%>".repeat(9);

    assertThatThrownBy(() -> Drafts.service().check(DraftTemplate.of("deep", deep)))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("nests sections 3000 deep");
    assertThatThrownBy(() -> Drafts.service().check(DraftTemplate.of("masked", disguised)))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("nests sections 9 deep");
  }

  @Test
  void aTemplateLongerThanOneSlackMessageIsRefused() {
    String huge = "{{incident.title}}\n".repeat(3_000);

    assertThatThrownBy(() -> Drafts.service().check(DraftTemplate.of("huge", huge)))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("57,000 characters long; templates may have up to 40,000");
  }

  @Test
  void templatesReadTheViewModelAndNothingBehindIt() {
    DraftTemplate prying =
        DraftTemplate.of(
            "prying",
            "[{{chart.zone.id}}][{{chart.zone.class.protectionDomain.codeSource.location}}]"
                + "[{{incident.title.bytes}}][{{#incident.title.chars}}c{{/incident.title.chars}}]"
                + "[{{incident.id}}]");

    String out =
        new MustacheDraftRenderer()
            .render(prying, Drafts.service().view(DraftFixtures.source(), "full"));

    assertThat(out).isEqualTo("[][][][][INC-2026-014]");
  }

  @Test
  void theBuiltInTemplatesFitTheLimitsWithTenThousandEvents() {
    var drafts = Drafts.service();
    DraftSource large = events(10_000);

    for (String template : List.of("full", "aws", "leanup", "brief")) {
      assertThatCode(() -> drafts.markdown(large, template))
          .as(template)
          .doesNotThrowAnyException();
      assertThatCode(() -> drafts.check(new BuiltInTemplateCatalog().load(template)))
          .as(template)
          .doesNotThrowAnyException();
    }
  }

  /** The checkout incident with {@code count} notes, each a line of ordinary length. */
  static DraftSource events(int count) {
    List<TimelineEvent> events = new ArrayList<>(DraftFixtures.events());
    Instant start = Instant.parse("2026-11-21T20:39:00Z");
    for (int n = 0; n < count; n++) {
      events.add(
          DraftFixtures.event(
              100 + n,
              start.plusSeconds(n).toString(),
              Marker.NOTE,
              "note " + n + ": the error rate on checkout-api is still above two percent",
              "U2"));
    }
    return new DraftSource(
        DraftFixtures.incident(),
        events,
        Map.of(IncidentField.SUMMARY, "many notes"),
        DraftFixtures.actions(),
        id -> java.util.Optional.empty(),
        ZoneOffset.UTC,
        DraftFixtures.GENERATED);
  }
}
