package dev.scribe.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReviewRepository} must do; the fake and the databases run the same tests. */
public abstract class ReviewRepositoryContract {

  static final Instant T = Instant.parse("2026-11-22T09:00:00Z");

  ReviewRepository repo;
  long incident;
  long theirs;

  protected abstract ReviewRepository repository();

  /** Stores an incident of the workspace the way the incident feature would; returns its id. */
  protected abstract long incident(String teamId);

  @BeforeEach
  void setUp() {
    repo = repository();
    incident = incident("T1");
    theirs = incident("T2");
  }

  @Test
  void anIncidentNeverReviewedIsADraftOfNoVersion() {
    assertThat(repo.find("T1", incident)).isEqualTo(Review.none(incident));
    assertThat(repo.history("T1", incident)).isEmpty();
  }

  @Test
  void everyPartOfAReviewIsKeptAndReviewersInTheirOrder() {
    Review review =
        new Review(
            incident,
            ReviewStatus.FINAL,
            3,
            T,
            T.plusSeconds(60),
            List.of(
                new Reviewer("U9", "U1", T, T.plusSeconds(5), 3),
                new Reviewer("U2", "U1", T, T.plusSeconds(9), 2)),
            T.plusSeconds(9),
            "U2",
            3);
    repo.findForUpdate("T1", incident);
    repo.save("T1", review);
    assertThat(repo.find("T1", incident)).isEqualTo(review);

    Review fewer =
        new Review(
            incident,
            ReviewStatus.IN_REVIEW,
            3,
            T,
            T,
            List.of(new Reviewer("U2", "U1", T, null, 0)),
            null,
            null,
            0);
    repo.save("T1", fewer);
    assertThat(repo.find("T1", incident)).isEqualTo(fewer);
    assertThat(repo.find("T2", incident)).isEqualTo(Review.none(incident));
  }

  @Test
  void findingForUpdateCreatesTheRowOnce() {
    assertThat(repo.findForUpdate("T1", incident)).isEqualTo(Review.none(incident));
    assertThat(repo.findForUpdate("T1", incident)).isEqualTo(Review.none(incident));
  }

  @Test
  void theHistoryIsKeptInOrderAndPerWorkspace() {
    HistoryEntry drafted =
        new HistoryEntry(
            HistoryEntry.Kind.DRAFTED,
            1,
            "U1",
            T,
            List.of(),
            new Changes(9, 1, 2, List.of("summary", "owner"), 3, 1));
    HistoryEntry asked =
        new HistoryEntry(
            HistoryEntry.Kind.REVIEW_REQUESTED,
            1,
            "U1",
            T.plusSeconds(1),
            List.of("U2", "U3"),
            Changes.NONE);
    repo.append("T1", incident, drafted);
    repo.append("T1", incident, asked);
    repo.append("T2", theirs, drafted);
    assertThat(repo.history("T1", incident)).containsExactly(drafted, asked);
    assertThat(repo.history("T2", incident)).isEmpty();
  }
}
