package dev.scribe.outbox;

import java.util.Objects;

/**
 * How many messages of one kind are in one state: the outbox's depth, for operators.
 *
 * @param kind a kind's name
 * @param state pending, sending or failed
 * @param count how many
 */
public record DepthCount(String kind, OutboxState state, long count) {

  public DepthCount {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
  }
}
