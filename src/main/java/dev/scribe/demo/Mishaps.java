package dev.scribe.demo;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Failures queued per method; each one spoils exactly one later call, in the order queued. */
final class Mishaps {

  sealed interface Mishap permits HttpFailure, ErrorAnswer, Delay {}

  /** A non-200 answer, such as 429 with {@code Retry-After} or 503. */
  record HttpFailure(int status, Optional<Integer> retryAfterSeconds) implements Mishap {}

  /** A 200 answer with {@code ok:false}. */
  record ErrorAnswer(String error) implements Mishap {}

  /** The normal answer, late. */
  record Delay(Duration delay) implements Mishap {}

  private final Map<String, Deque<Mishap>> queued = new HashMap<>();

  synchronized void add(String method, Mishap mishap) {
    queued.computeIfAbsent(method, m -> new ArrayDeque<>()).add(mishap);
  }

  synchronized Optional<Mishap> take(String method) {
    Deque<Mishap> deque = queued.get(method);
    return deque == null ? Optional.empty() : Optional.ofNullable(deque.poll());
  }
}
