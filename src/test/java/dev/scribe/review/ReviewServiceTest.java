package dev.scribe.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.app.Scribe;
import dev.scribe.common.UserFacingException;
import dev.scribe.config.ScribeConfig;
import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.storage.TestDatabases;
import dev.scribe.timeline.Marker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review's rules over the real services and a SQLite database, with a settable clock. */
class ReviewServiceTest {

  static final String T = "T1";
  static final String C = "C1";
  final SettableClock clock = SettableClock.at("2026-11-22T09:00:00Z");
  Scribe scribe;
  ReviewService reviews;
  Incident incident;

  @BeforeEach
  void setUp() {
    scribe =
        new Scribe(
            ScribeConfig.fromEnvironment(Map.of(), ScribeConfig.Needs.DATABASE),
            TestDatabases.sqlite(),
            clock);
    reviews = scribe.reviews();
    incident = scribe.incidents().start(T, C, "U1", "Checkout down", null);
    event(Marker.IMPACT, "errors");
  }

  @AfterEach
  void close() {
    scribe.close();
  }

  void event(Marker marker, String text) {
    clock.advance(Duration.ofMinutes(1));
    scribe.timeline().record(T, C, "U1", Optional.empty(), Optional.of(marker), text);
  }

  Review draft(String by) {
    clock.advance(Duration.ofMinutes(1));
    return reviews.drafted(incident, by).review();
  }

  Review approve(String by) {
    clock.advance(Duration.ofMinutes(1));
    return reviews.approve(T, C, by).review();
  }

  @Test
  void eachDraftIsANewVersionWithWhatChangedSinceTheOneBefore() {
    assertThat(draft("U1").version()).isEqualTo(1);
    event(Marker.ACK, "on it");
    scribe.fields().set(T, C, "U2", IncidentField.SUMMARY, "It broke");
    assertThat(draft("U2").version()).isEqualTo(2);
    assertThat(draft("U2").version()).isEqualTo(3);

    List<HistoryEntry> history = reviews.history(incident);
    assertThat(history).extracting(HistoryEntry::version).containsExactly(1, 2, 3);
    assertThat(history.get(0).changes().describeFirst()).isEqualTo("2 events, 0 action items");
    assertThat(history.get(1).changes().describe()).isEqualTo("1 event added · field summary");
    assertThat(history.get(1).by()).isEqualTo("U2");
    assertThat(history.get(2).changes().isEmpty()).isTrue();
    Review review = reviews.review(incident);
    assertThat(review.firstDraftedAt()).isEqualTo(history.get(0).at());
    assertThat(review.status()).isEqualTo(ReviewStatus.DRAFT);
  }

  @Test
  void reviewersCanOnlyBeAskedOnceThereIsADraft() {
    assertThatThrownBy(() -> reviews.request(T, C, "U1", List.of("U2")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("Draft the post-mortem of INC-2026-001 first");
    assertThat(reviews.review(incident).reviewers()).isEmpty();
  }

  @Test
  void finalOnceEveryReviewerApprovedAndOnlyReviewersMayApprove() {
    draft("U1");
    Review asked = reviews.request(T, C, "U1", List.of("U2", "U3")).review();
    assertThat(asked.status()).isEqualTo(ReviewStatus.IN_REVIEW);

    assertThatThrownBy(() -> reviews.approve(T, C, "U9"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining(
            "only the reviewers of INC-2026-001's post-mortem can approve it (<@U2>, <@U3>)");
    assertThat(approve("U2").status()).isEqualTo(ReviewStatus.IN_REVIEW);
    assertThatThrownBy(() -> reviews.approve(T, C, "U2"))
        .hasMessageContaining(
            "You already approved INC-2026-001's post-mortem (version 1); it waits for <@U3>.");
    Review done = approve("U3");
    assertThat(done.status()).isEqualTo(ReviewStatus.FINAL);
    assertThat(done.finalBy()).isEqualTo("U3");
    assertThat(done.finalVersion()).isEqualTo(1);
    assertThat(reviews.history(incident))
        .extracting(HistoryEntry::kind)
        .containsExactly(
            HistoryEntry.Kind.DRAFTED,
            HistoryEntry.Kind.REVIEW_REQUESTED,
            HistoryEntry.Kind.APPROVED,
            HistoryEntry.Kind.APPROVED,
            HistoryEntry.Kind.FINAL);
  }

  @Test
  void aChangeAfterFinalKeepsItFinalAndIsShownUntilSomeoneAsksAgain() {
    draft("U1");
    reviews.request(T, C, "U1", List.of("U2"));
    Review done = approve("U2");
    assertThat(reviews.changedSinceFinal(incident, done)).isEmpty();

    event(Marker.NOTE, "late note");
    Review stillFinal = reviews.review(incident);
    assertThat(stillFinal.status()).isEqualTo(ReviewStatus.FINAL);
    assertThat(reviews.changedSinceFinal(incident, stillFinal).map(Changes::describe))
        .contains("1 event added");

    Review again = reviews.request(T, C, "U1", List.of("U2")).review();
    assertThat(again.status()).isEqualTo(ReviewStatus.IN_REVIEW);
    assertThat(again.reviewer("U2").orElseThrow().approved()).isFalse();
    assertThat(approve("U2").status()).isEqualTo(ReviewStatus.FINAL);
  }

  @Test
  void addingAReviewerReopensTheReviewAndRemovingTheLastOneWaitedForMakesItFinal() {
    draft("U1");
    reviews.request(T, C, "U1", List.of("U2"));
    approve("U2");
    Review more = reviews.request(T, C, "U1", List.of("U3")).review();
    assertThat(more.status()).isEqualTo(ReviewStatus.IN_REVIEW);
    assertThat(more.reviewer("U2").orElseThrow().approved()).isTrue();

    Review fewer = reviews.remove(T, C, "U1", List.of("U3")).review();
    assertThat(fewer.status()).isEqualTo(ReviewStatus.FINAL);
    assertThat(fewer.finalBy()).isEqualTo("U1");
    assertThat(reviews.remove(T, C, "U1", List.of("U2")).review().status())
        .isEqualTo(ReviewStatus.DRAFT);
    assertThatThrownBy(() -> reviews.remove(T, C, "U1", List.of("U7")))
        .hasMessageContaining("<@U7> is not a reviewer of INC-2026-001's post-mortem.");
  }

  @Test
  void nothingToApproveBeforeAnyoneIsAsked() {
    draft("U1");
    assertThatThrownBy(() -> reviews.approve(T, C, "U2"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("Nobody has been asked to review INC-2026-001's post-mortem yet");
  }

  @Test
  void reviewersAndStatusAreNotSetByHandButPeopleAreStoredAsIds() {
    assertThatThrownBy(() -> scribe.fields().set(T, C, "U1", IncidentField.REVIEWERS, "<@U2|lee>"))
        .hasMessageContaining("Reviewers are asked with `/pm review @name …`");
    assertThatThrownBy(() -> scribe.fields().set(T, C, "U1", IncidentField.DOC_STATUS, "final"))
        .hasMessageContaining("status follows its review");
    scribe.fields().set(T, C, "U1", IncidentField.FACILITATOR, "<@U0KIM|kim>");
    assertThat(scribe.fields().fields(incident)).containsEntry(IncidentField.FACILITATOR, "U0KIM");
    assertThat(scribe.fields().set(T, C, "U1", IncidentField.FACILITATOR, "<@U0SAM>"))
        .contains("<@U0KIM>");
    assertThatThrownBy(() -> scribe.fields().set(T, C, "U1", IncidentField.FACILITATOR, "kim"))
        .hasMessageContaining("Name the facilitator with an @mention.");
  }
}
