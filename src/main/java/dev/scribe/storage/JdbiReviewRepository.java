package dev.scribe.storage;

import dev.scribe.review.Changes;
import dev.scribe.review.HistoryEntry;
import dev.scribe.review.Review;
import dev.scribe.review.ReviewRepository;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Post-mortem reviews in SQLite or PostgreSQL. */
public final class JdbiReviewRepository implements ReviewRepository {

  private final SqlObjects.Attached<ReviewDao> dao;

  public JdbiReviewRepository(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, ReviewDao.class);
  }

  @Override
  public Review find(String teamId, long incidentId) {
    return dao.get().find(teamId, incidentId);
  }

  @Override
  public Review findForUpdate(String teamId, long incidentId) {
    return dao.get().findForUpdate(teamId, incidentId);
  }

  @Override
  public void save(String teamId, Review review) {
    dao.get().save(teamId, review);
  }

  @Override
  public void append(String teamId, long incidentId, HistoryEntry e) {
    Changes c = e.changes();
    dao.get()
        .append(
            teamId,
            incidentId,
            new ReviewDao.HistoryRow(
                e.kind().name(),
                e.version(),
                e.by(),
                e.at(),
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
    return dao.get().history(teamId, incidentId).stream()
        .map(
            r ->
                new HistoryEntry(
                    HistoryEntry.Kind.valueOf(r.kind()),
                    r.version(),
                    r.doneBy(),
                    r.doneAt(),
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

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
