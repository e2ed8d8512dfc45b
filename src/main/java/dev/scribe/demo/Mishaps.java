package dev.scribe.demo;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Failures queued per method, each spoiling exactly one later call in the order queued; and an
 * outage, which spoils every call until it ends.
 */
final class Mishaps {

  sealed interface Mishap permits HttpFailure, ErrorAnswer, Delay {}

  /** A non-200 answer, such as 429 with {@code Retry-After} or 503. */
  record HttpFailure(int status, Optional<Integer> retryAfterSeconds) implements Mishap {}

  /** A 200 answer with {@code ok:false}. */
  record ErrorAnswer(String error) implements Mishap {}

  /** The normal answer, late. */
  record Delay(Duration delay) implements Mishap {}

  private final Map<String, Deque<Mishap>> queued = new HashMap<>();
  private HttpFailure outage;
  private Set<String> spared = Set.of();

  synchronized void add(String method, Mishap mishap) {
    queued.computeIfAbsent(method, m -> new ArrayDeque<>()).add(mishap);
  }

  synchronized void outage(HttpFailure failure, Set<String> sparedMethods) {
    outage = failure;
    spared = Set.copyOf(sparedMethods);
  }

  synchronized void recover() {
    outage = null;
  }

  synchronized Optional<Mishap> take(String method) {
    if (outage != null && !spared.contains(method)) {
      return Optional.of(outage);
    }
    Deque<Mishap> deque = queued.get(method);
    return deque == null ? Optional.empty() : Optional.ofNullable(deque.poll());
  }
}
