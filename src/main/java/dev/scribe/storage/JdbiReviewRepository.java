package dev.scribe.storage;

import dev.scribe.review.Changes;
import dev.scribe.review.HistoryEntry;
import dev.scribe.review.Review;
import dev.scribe.review.ReviewRepository;
import dev.scribe.review.ReviewStatus;
import dev.scribe.review.Reviewer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Post-mortem reviews in SQLite or PostgreSQL. */
public final class JdbiReviewRepository implements ReviewRepository {

  private final Jdbi jdbi;
  private final ReviewDao dao;

  public JdbiReviewRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.dao = jdbi.onDemand(ReviewDao.class);
  }

  @Override
  public Review find(String teamId, long incidentId) {
    return jdbi.withHandle(
        h -> {
          ReviewDao d = h.attach(ReviewDao.class);
          return d.postmortem(teamId, incidentId)
              .map(row -> toReview(row, d.reviewers(teamId, incidentId)))
              .orElse(Review.none(incidentId));
        });
  }

  @Override
  public Review findForUpdate(String teamId, long incidentId) {
    return jdbi.inTransaction(
        h -> {
          ReviewDao d = h.attach(ReviewDao.class);
          d.ensure(teamId, incidentId);
          d.lock(teamId, incidentId);
          return toReview(
              d.postmortem(teamId, incidentId).orElseThrow(), d.reviewers(teamId, incidentId));
        });
  }

  @Override
  public void save(String teamId, Review r) {
    jdbi.useTransaction(
        h -> {
          ReviewDao d = h.attach(ReviewDao.class);
          d.save(
              new ReviewDao.PostmortemRow(
                  r.incidentId(),
                  teamId,
                  r.status().name(),
                  r.version(),
                  millis(r.firstDraftedAt()),
                  millis(r.lastDraftedAt()),
                  millis(r.finalAt()),
                  r.finalBy(),
                  r.finalVersion()));
          d.clearReviewers(teamId, r.incidentId());
          List<Reviewer> reviewers = r.reviewers();
          for (int i = 0; i < reviewers.size(); i++) {
            Reviewer v = reviewers.get(i);
            d.addReviewer(
                new ReviewDao.ReviewerRow(
                    r.incidentId(),
                    teamId,
                    v.userId(),
                    i,
                    v.askedBy(),
                    v.askedAt().toEpochMilli(),
                    millis(v.approvedAt()),
                    v.approvedVersion()));
          }
        });
  }

  @Override
  public void append(String teamId, long incidentId, HistoryEntry e) {
    Changes c = e.changes();
    dao.append(
        new ReviewDao.HistoryRow(
            teamId,
            incidentId,
            e.kind().name(),
            e.version(),
            e.by(),
            e.at().toEpochMilli(),
            String.join(",", e.people()),
            c.eventsAdded(),
            c.eventsEdited(),
            c.eventsRemoved(),
            String.join(",", c.fields()),
            c.actionsAdded(),
            c.actionsClosed()));
  }

  @Override
  public List<HistoryEntry> history(String teamId, long incidentId) {
    return dao.history(teamId, incidentId).stream()
        .map(
            r ->
                new HistoryEntry(
                    HistoryEntry.Kind.valueOf(r.kind()),
                    r.version(),
                    r.doneBy(),
                    Instant.ofEpochMilli(r.doneAt()),
                    split(r.people()),
                    new Changes(
                        r.eventsAdded(),
                        r.eventsEdited(),
                        r.eventsRemoved(),
                        split(r.fieldsChanged()),
                        r.actionsAdded(),
                        r.actionsClosed())))
        .toList();
  }

  private static Review toReview(ReviewDao.PostmortemRow p, List<ReviewDao.ReviewerRow> rows) {
    return new Review(
        p.incidentId(),
        ReviewStatus.valueOf(p.status()),
        p.version(),
        instant(p.firstDraftedAt()),
        instant(p.lastDraftedAt()),
        rows.stream()
            .map(
                v ->
                    new Reviewer(
                        v.userId(),
                        v.askedBy(),
                        Instant.ofEpochMilli(v.askedAt()),
                        instant(v.approvedAt()),
                        v.approvedVersion()))
            .toList(),
        instant(p.finalAt()),
        p.finalBy(),
        p.finalVersion());
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static Long millis(Instant at) {
    return at == null ? null : at.toEpochMilli();
  }

  private static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }
}
