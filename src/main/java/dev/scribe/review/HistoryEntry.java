package dev.scribe.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of a post-mortem's document history.
 *
 * @param kind what happened
 * @param version the draft version it happened to (the new one, for a draft)
 * @param by who did it
 * @param at when
 * @param people the reviewers asked or taken off; empty otherwise
 * @param changes for a draft, what changed since the version before (for the first, what it was
 *     made from); {@link Changes#NONE} otherwise
 */
public record HistoryEntry(
    Kind kind, int version, String by, Instant at, List<String> people, Changes changes) {

  /** What a line of the history records. */
  public enum Kind {
    /** {@code /pm draft}: a new version. */
    DRAFTED,
    /** {@code /pm review @a @b}: reviewers asked. */
    REVIEW_REQUESTED,
    /** {@code /pm review remove @a}: reviewers taken off. */
    REVIEWERS_REMOVED,
    /** {@code /pm approve}. */
    APPROVED,
    /** The last approval needed: the post-mortem is Final. */
    FINAL
  }

  public HistoryEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    people = List.copyOf(people);
    Objects.requireNonNull(changes, "changes");
  }
}
