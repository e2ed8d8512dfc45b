package dev.scribe.common;

import java.time.Instant;
import java.util.List;

/**
 * Requests taken before a fact they need was known, kept until completed: taking one is its own
 * transaction, acknowledged to Slack only once stored; completing one is claimed, so it happens
 * once however many replicas try.
 */
public interface DeferredRequests {

  /** Stores the request (its id is ignored), to be tried from {@code firstTry}; returns its id. */
  long take(DeferredRequest request, Instant firstTry);

  /** The person's requests not completed yet, oldest first. */
  List<DeferredRequest> waitingFrom(String teamId, String userId);

  /** The workspace's requests not completed yet, oldest first. */
  List<DeferredRequest> waitingIn(String teamId);

  /** Requests not completed yet whose next try is due, oldest first, across workspaces. */
  List<DeferredRequest> due(Instant now, int limit);

  /**
   * Claims the request as completed at {@code at}; false when it already was. Call it in the
   * transaction that completes it: a rollback gives the claim back.
   */
  boolean complete(String teamId, long id, Instant at);

  /** Counts a failed try and sets the next one, and what it now waits for. */
  void retryLater(String teamId, long id, String waitingFor, Instant nextTry);

  /** True while any request anywhere waits. */
  boolean anyWaiting();
}
