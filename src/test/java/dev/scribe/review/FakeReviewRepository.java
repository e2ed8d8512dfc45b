package dev.scribe.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reviews and document history in memory. */
public final class FakeReviewRepository implements ReviewRepository {

  private record Key(String teamId, long incidentId) {}

  private final Map<Key, Review> reviews = new HashMap<>();
  private final Map<Key, List<HistoryEntry>> history = new HashMap<>();

  @Override
  public synchronized Review find(String teamId, long incidentId) {
    return reviews.getOrDefault(new Key(teamId, incidentId), Review.none(incidentId));
  }

  /** One thread at a time already: the fake has nothing more to hold. */
  @Override
  public synchronized Review findForUpdate(String teamId, long incidentId) {
    return find(teamId, incidentId);
  }

  @Override
  public synchronized void save(String teamId, Review review) {
    reviews.put(new Key(teamId, review.incidentId()), review);
  }

  @Override
  public synchronized void append(String teamId, long incidentId, HistoryEntry entry) {
    history.computeIfAbsent(new Key(teamId, incidentId), k -> new ArrayList<>()).add(entry);
  }

  @Override
  public synchronized List<HistoryEntry> history(String teamId, long incidentId) {
    return List.copyOf(history.getOrDefault(new Key(teamId, incidentId), List.of()));
  }
}
