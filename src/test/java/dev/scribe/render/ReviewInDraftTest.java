package dev.scribe.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.incident.IncidentField;
import dev.scribe.postmortem.DraftFixtures;
import dev.scribe.postmortem.DraftSource;
import dev.scribe.review.Changes;
import dev.scribe.review.HistoryEntry;
import dev.scribe.review.Review;
import dev.scribe.review.ReviewStatus;
import dev.scribe.review.Reviewer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The review in every draft: the status in the header, the document history, the approvals. */
class ReviewInDraftTest {

  static final Instant FINAL_AT = Instant.parse("2026-11-22T08:55:00Z");

  static Review finalReview() {
    return new Review(
        7,
        ReviewStatus.FINAL,
        2,
        Instant.parse("2026-11-22T08:30:00Z"),
        Instant.parse("2026-11-22T08:40:00Z"),
        List.of(
            new Reviewer(
                "U3",
                "U1",
                Instant.parse("2026-11-22T08:35:00Z"),
                Instant.parse("2026-11-22T08:50:00Z"),
                2),
            new Reviewer("U2", "U1", Instant.parse("2026-11-22T08:35:00Z"), FINAL_AT, 2)),
        FINAL_AT,
        "U2",
        2);
  }

  static String draft(DraftSource source, String template) {
    return Drafts.service().markdown(source, template);
  }

  @ParameterizedTest
  @ValueSource(strings = {"full", "aws", "leanup", "brief"})
  void everyTemplateShowsTheStatusAndTheDocumentHistory(String template) {
    String draft = draft(DraftFixtures.source(), template);
    assertThat(draft)
        .contains("**Status:** In Review — approved by lee; waiting for sam (`/pm approve`)")
        .contains("## Document history")
        .contains(
            "| 1 | 2026-11-22 09:30 CET (08:30 UTC) | dana | First draft: 9 events, 3 action items |")
        .contains("| 1 | 2026-11-22 09:35 CET (08:35 UTC) | dana | Review asked of lee, sam |")
        .contains("| 1 | 2026-11-22 09:50 CET (08:50 UTC) | lee | Approved |")
        .contains(
            "| 2 | 2026-11-22 10:00 CET (09:00 UTC) | sam | Drafted again: 1 event added, 1 edited ·"
                + " fields summary, root-cause · 1 action item closed |")
        .containsPattern("(?i)version +:? ?2");
  }

  @Test
  void theFirstDraftedDateIsTheRealFirstDraft() {
    assertThat(draft(DraftFixtures.source(), "full"))
        .contains(
            "version 2 (In Review), made 2026-11-22 10:00 CET (09:00 UTC) · first drafted by Scribe on"
                + " 2026-11-22 09:30 CET (08:30 UTC)");
  }

  @Test
  void aFinalPostMortemChangedSinceSaysSoAndNamesItsApprovers() {
    List<HistoryEntry> history = new ArrayList<>(DraftFixtures.history());
    history.add(
        new HistoryEntry(HistoryEntry.Kind.FINAL, 2, "U2", FINAL_AT, List.of(), Changes.NONE));
    DraftSource source =
        DraftFixtures.source(
            DraftFixtures.events(),
            DraftFixtures.fields(),
            DraftFixtures.BERLIN,
            finalReview(),
            history,
            new Changes(1, 0, 0, List.of(), 0, 0));

    String draft = draft(source, "full");

    assertThat(draft)
        .contains(
            "**Status:** Final — approved by lee, sam; final since 2026-11-22 09:55 CET (08:55 UTC) (version 2)"
                + " · ⚠ changed since approval: 1 event added; `/pm review @name` asks for another look")
        .contains("| **Document status** | Final (Draft → In Review → Final) |")
        .contains("| Reviewer | lee | approved 2026-11-22 09:50 CET (08:50 UTC) (version 2) |")
        .contains("| Approver | sam | 2026-11-22 09:55 CET (08:55 UTC) |")
        .contains("| **Final**: every reviewer approved |");
  }

  @Test
  void aPreviewNeverDraftedInSlackHasNoVersionYet() {
    DraftSource source =
        DraftFixtures.source(
            DraftFixtures.events(),
            Map.of(),
            ZoneOffset.UTC,
            Review.none(7),
            List.of(),
            Changes.NONE);

    String draft = draft(source, "full");

    assertThat(draft)
        .contains("**Status:** Draft — not in review yet (`/pm review @name` asks reviewers)")
        .contains("first drafted by Scribe on — (not yet: `/pm draft` makes version 1)")
        .contains(
            "| — | 2026-11-22 09:00 UTC | Scribe | not a version yet: `/pm draft` in the channel makes version 1 |")
        .contains("| Reviewer | ✍️ _to fill in (`/pm review @name`)_ | ✍️ |")
        .contains("| Approver | ✍️ _the last reviewer to `/pm approve`_ | — |");
  }

  @Test
  void theFacilitatorIsStoredAsAnIdAndShownByName() {
    DraftSource source =
        DraftFixtures.source(
            DraftFixtures.events(), Map.of(IncidentField.FACILITATOR, "U2"), ZoneOffset.UTC);
    assertThat(draft(source, "full")).contains("| **Review facilitator** | sam |");
  }
}
