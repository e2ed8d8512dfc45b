package dev.scribe.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person asked to review a post-mortem.
 *
 * @param userId the Slack user
 * @param askedBy who asked them (last)
 * @param askedAt when they were asked (last)
 * @param approvedAt when they approved since, or null
 * @param approvedVersion the draft version they approved, or 0
 */
public record Reviewer(
    String userId, String askedBy, Instant askedAt, Instant approvedAt, int approvedVersion) {

  public Reviewer {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(askedBy, "askedBy");
    Objects.requireNonNull(askedAt, "askedAt");
  }

  static Reviewer asked(String userId, String by, Instant at) {
    return new Reviewer(userId, by, at, null, 0);
  }

  public boolean approved() {
    return approvedAt != null;
  }

  public Optional<Instant> approval() {
    return Optional.ofNullable(approvedAt);
  }

  Reviewer approving(Instant at, int version) {
    return new Reviewer(userId, askedBy, askedAt, at, version);
  }
}
