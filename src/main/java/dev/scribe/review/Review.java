package dev.scribe.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A post-mortem's state: its status, its draft versions so far, its reviewers and, once Final, by
 * whose approval and when. The status follows one rule: <b>Final when every reviewer asked has
 * approved</b>; In Review while some have not; Draft while nobody is asked.
 *
 * @param incidentId the incident it is the post-mortem of
 * @param status draft, in review or final
 * @param version the latest draft version, 0 before the first {@code /pm draft}
 * @param firstDraftedAt when version 1 was made, or null
 * @param lastDraftedAt when the latest version was made, or null
 * @param reviewers everyone asked, in the order they were first asked
 * @param finalAt when the last approval made it Final, or null unless Final
 * @param finalBy whose approval made it Final, or null unless Final
 * @param finalVersion the version current when it became Final, or 0
 */
public record Review(
    long incidentId,
    ReviewStatus status,
    int version,
    Instant firstDraftedAt,
    Instant lastDraftedAt,
    List<Reviewer> reviewers,
    Instant finalAt,
    String finalBy,
    int finalVersion) {

  public Review {
    Objects.requireNonNull(status, "status");
    reviewers = List.copyOf(reviewers);
    if (version < 0) {
      throw new IllegalArgumentException("negative version " + version);
    }
  }

  /** A post-mortem nothing has happened to yet. */
  public static Review none(long incidentId) {
    return new Review(incidentId, ReviewStatus.DRAFT, 0, null, null, List.of(), null, null, 0);
  }

  public boolean isFinal() {
    return status == ReviewStatus.FINAL;
  }

  public Optional<Reviewer> reviewer(String userId) {
    return reviewers.stream().filter(r -> r.userId().equals(userId)).findFirst();
  }

  /** Reviewers who have not approved (yet, or again since they were asked again). */
  public List<Reviewer> waitingFor() {
    return reviewers.stream().filter(r -> !r.approved()).toList();
  }

  public List<Reviewer> approvedBy() {
    return reviewers.stream().filter(Reviewer::approved).toList();
  }

  Review drafted(Instant at) {
    return new Review(
        incidentId,
        status,
        version + 1,
        firstDraftedAt == null ? at : firstDraftedAt,
        at,
        reviewers,
        finalAt,
        finalBy,
        finalVersion);
  }

  /** Asks each of them (again): a reviewer who had approved must approve again. */
  Review asking(List<String> userIds, String by, Instant at) {
    Set<String> asked = new LinkedHashSet<>(userIds);
    List<Reviewer> next = new ArrayList<>();
    for (Reviewer r : reviewers) {
      next.add(asked.contains(r.userId()) ? Reviewer.asked(r.userId(), by, at) : r);
    }
    for (String id : asked) {
      if (reviewer(id).isEmpty()) {
        next.add(Reviewer.asked(id, by, at));
      }
    }
    return withReviewers(next, null, at);
  }

  Review removing(List<String> userIds, String by, Instant at) {
    List<Reviewer> next = new ArrayList<>(reviewers);
    next.removeIf(r -> userIds.contains(r.userId()));
    return withReviewers(next, by, at);
  }

  Review approving(String userId, Instant at) {
    List<Reviewer> next =
        reviewers.stream()
            .map(r -> r.userId().equals(userId) ? r.approving(at, version) : r)
            .toList();
    return withReviewers(next, userId, at);
  }

  /** The status the rule gives these reviewers; {@code by} is whose act would make it Final. */
  private Review withReviewers(List<Reviewer> next, String by, Instant at) {
    boolean allApproved = !next.isEmpty() && next.stream().allMatch(Reviewer::approved);
    ReviewStatus nextStatus =
        next.isEmpty()
            ? ReviewStatus.DRAFT
            : allApproved ? ReviewStatus.FINAL : ReviewStatus.IN_REVIEW;
    boolean becomesFinal = nextStatus == ReviewStatus.FINAL && !isFinal();
    boolean staysFinal = nextStatus == ReviewStatus.FINAL && isFinal();
    return new Review(
        incidentId,
        nextStatus,
        version,
        firstDraftedAt,
        lastDraftedAt,
        next,
        becomesFinal ? at : staysFinal ? finalAt : null,
        becomesFinal ? by : staysFinal ? finalBy : null,
        becomesFinal ? version : staysFinal ? finalVersion : 0);
  }
}
