package dev.scribe.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Deferred requests in memory; passes {@link DeferredRequestsContract}. */
public final class FakeDeferredRequests implements DeferredRequests {

  private record Stored(DeferredRequest request, Instant nextTry, boolean completed) {}

  private final Map<Long, Stored> requests = new TreeMap<>();
  private long nextId = 1;

  @Override
  public synchronized long take(DeferredRequest r, Instant firstTry) {
    long id = nextId++;
    DeferredRequest stored =
        new DeferredRequest(
            id,
            r.teamId(),
            r.channelId(),
            r.userId(),
            r.kind(),
            r.body(),
            r.responseUrl(),
            r.receivedAt().truncatedTo(ChronoUnit.MILLIS),
            r.waitingFor(),
            0);
    requests.put(id, new Stored(stored, firstTry, false));
    return id;
  }

  @Override
  public synchronized List<DeferredRequest> waitingFrom(String teamId, String userId) {
    return waiting().stream()
        .filter(s -> s.request().teamId().equals(teamId) && s.request().userId().equals(userId))
        .map(Stored::request)
        .toList();
  }

  @Override
  public synchronized List<DeferredRequest> waitingIn(String teamId) {
    return waiting().stream()
        .filter(s -> s.request().teamId().equals(teamId))
        .map(Stored::request)
        .toList();
  }

  @Override
  public synchronized List<DeferredRequest> due(Instant now, int limit) {
    return waiting().stream()
        .filter(s -> !s.nextTry().isAfter(now))
        .sorted(Comparator.comparing(s -> s.request().id()))
        .limit(limit)
        .map(Stored::request)
        .toList();
  }

  @Override
  public synchronized boolean complete(String teamId, long id, Instant at) {
    Stored s = requests.get(id);
    if (s == null || s.completed() || !s.request().teamId().equals(teamId)) {
      return false;
    }
    requests.put(id, new Stored(s.request(), s.nextTry(), true));
    return true;
  }

  @Override
  public synchronized void retryLater(String teamId, long id, String waitingFor, Instant nextTry) {
    Stored s = requests.get(id);
    if (s == null || s.completed() || !s.request().teamId().equals(teamId)) {
      return;
    }
    DeferredRequest r = s.request();
    requests.put(
        id,
        new Stored(
            new DeferredRequest(
                r.id(),
                r.teamId(),
                r.channelId(),
                r.userId(),
                r.kind(),
                r.body(),
                r.responseUrl(),
                r.receivedAt(),
                waitingFor,
                r.attempts() + 1),
            nextTry,
            false));
  }

  @Override
  public synchronized boolean anyWaiting() {
    return !waiting().isEmpty();
  }

  private List<Stored> waiting() {
    return requests.values().stream().filter(s -> !s.completed()).toList();
  }
}
