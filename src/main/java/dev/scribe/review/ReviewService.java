package dev.scribe.review;

import dev.scribe.common.Transactor;
import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.recording.IncidentService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The way of a post-mortem to Final. Each {@code /pm draft} is a new version, with what changed
 * since the one before; {@code /pm review @a @b} asks reviewers; {@code /pm approve} by each of
 * them makes it Final once all have approved. Changes after Final leave it Final and are shown as
 * "changed since approval" until someone asks for another review. Every change is one transaction.
 */
public final class ReviewService {

  private final IncidentService incidents;
  private final ReviewRepository reviews;
  private final ChangeLog changes;
  private final Transactor transactor;
  private final Clock clock;

  public ReviewService(
      IncidentService incidents,
      ReviewRepository reviews,
      ChangeLog changes,
      Transactor transactor,
      Clock clock) {
    this.incidents = incidents;
    this.reviews = reviews;
    this.changes = changes;
    this.transactor = transactor;
    this.clock = clock;
  }

  /** The review of an incident's post-mortem, as it stands. */
  public Review review(Incident incident) {
    return reviews.find(incident.teamId(), incident.id());
  }

  /** The channel's incident and its review, for {@code /pm review} without names. */
  public Reviewed current(String teamId, String channelId) {
    Incident incident = incidents.current(teamId, channelId);
    return new Reviewed(incident, review(incident), List.of());
  }

  /** A new version of the post-mortem: its number, and what changed since the previous one. */
  public Reviewed drafted(Incident incident, String userId) {
    return transactor.inTransaction(
        () -> {
          Review before = reviews.findForUpdate(incident.teamId(), incident.id());
          Instant now = clock.instant();
          Instant since = before.lastDraftedAt() == null ? Instant.EPOCH : before.lastDraftedAt();
          Changes changed = changes.between(incident.teamId(), incident.id(), since, now);
          Review after = before.drafted(now);
          reviews.save(incident.teamId(), after);
          append(
              incident,
              HistoryEntry.Kind.DRAFTED,
              after.version(),
              userId,
              now,
              List.of(),
              changed);
          return new Reviewed(incident, after, List.of());
        });
  }

  /** Asks reviewers (again) for the channel's incident; they must each approve. */
  public Reviewed request(String teamId, String channelId, String userId, List<String> reviewers) {
    if (reviewers.isEmpty()) {
      throw new UserFacingException("Name the reviewers with @-mentions.", "/pm review @lee @kim");
    }
    Incident incident = incidents.current(teamId, channelId);
    return transactor.inTransaction(
        () -> {
          Review before = reviews.findForUpdate(teamId, incident.id());
          if (before.version() == 0) {
            throw new UserFacingException(
                "Draft the post-mortem of "
                    + incident.publicId()
                    + " first, so that the reviewers have something to read.",
                "/pm draft");
          }
          Instant now = clock.instant();
          Review after = before.asking(reviewers, userId, now);
          reviews.save(teamId, after);
          append(
              incident,
              HistoryEntry.Kind.REVIEW_REQUESTED,
              after.version(),
              userId,
              now,
              reviewers,
              Changes.NONE);
          return new Reviewed(incident, after, reviewers);
        });
  }

  /** Takes reviewers off; the status follows those who remain. */
  public Reviewed remove(String teamId, String channelId, String userId, List<String> reviewers) {
    Incident incident = incidents.current(teamId, channelId);
    return transactor.inTransaction(
        () -> {
          Review before = reviews.findForUpdate(teamId, incident.id());
          List<String> unknown =
              reviewers.stream().filter(id -> before.reviewer(id).isEmpty()).toList();
          if (!unknown.isEmpty() || reviewers.isEmpty()) {
            throw new UserFacingException(
                (reviewers.isEmpty()
                        ? "Name the reviewers to take off"
                        : mentions(unknown)
                            + " "
                            + (unknown.size() == 1 ? "is" : "are")
                            + " not a reviewer")
                    + " of "
                    + incident.publicId()
                    + "'s post-mortem"
                    + reviewerList(before)
                    + ".",
                "/pm review remove @lee");
          }
          Instant now = clock.instant();
          Review after = before.removing(reviewers, userId, now);
          reviews.save(teamId, after);
          append(
              incident,
              HistoryEntry.Kind.REVIEWERS_REMOVED,
              after.version(),
              userId,
              now,
              reviewers,
              Changes.NONE);
          if (after.isFinal() && !before.isFinal()) {
            append(
                incident,
                HistoryEntry.Kind.FINAL,
                after.version(),
                userId,
                now,
                List.of(),
                Changes.NONE);
          }
          return new Reviewed(incident, after, List.of());
        });
  }

  /** A reviewer approves the channel's post-mortem; the last approval needed makes it Final. */
  public Reviewed approve(String teamId, String channelId, String userId) {
    Incident incident = incidents.current(teamId, channelId);
    return transactor.inTransaction(
        () -> {
          Review before = reviews.findForUpdate(teamId, incident.id());
          checkCanApprove(incident, before, userId);
          Instant now = clock.instant();
          Review after = before.approving(userId, now);
          reviews.save(teamId, after);
          append(
              incident,
              HistoryEntry.Kind.APPROVED,
              after.version(),
              userId,
              now,
              List.of(),
              Changes.NONE);
          if (after.isFinal()) {
            append(
                incident,
                HistoryEntry.Kind.FINAL,
                after.version(),
                userId,
                now,
                List.of(),
                Changes.NONE);
          }
          return new Reviewed(incident, after, List.of());
        });
  }

  private static void checkCanApprove(Incident incident, Review review, String userId) {
    String whose = incident.publicId() + "'s post-mortem";
    if (review.reviewers().isEmpty()) {
      throw new UserFacingException(
          "Nobody has been asked to review " + whose + " yet, so there is nothing to approve.",
          "/pm review @lee @kim");
    }
    Optional<Reviewer> reviewer = review.reviewer(userId);
    if (reviewer.isEmpty()) {
      throw new UserFacingException(
          "Thanks — but only the reviewers of "
              + whose
              + " can approve it"
              + reviewerList(review)
              + ". If you should be one, ask for `/pm review` with your name.");
    }
    if (reviewer.get().approved()) {
      throw new UserFacingException(
          "You already approved "
              + whose
              + " (version "
              + reviewer.get().approvedVersion()
              + ")"
              + (review.isFinal()
                  ? "; it is Final."
                  : "; it waits for " + mentions(ids(review.waitingFor())) + "."));
    }
  }

  /** The history of the incident's post-mortem, oldest first. */
  public List<HistoryEntry> history(Incident incident) {
    return reviews.history(incident.teamId(), incident.id());
  }

  /** What changed in the incident since its post-mortem became Final; empty unless Final. */
  public Optional<Changes> changedSinceFinal(Incident incident, Review review) {
    if (!review.isFinal()) {
      return Optional.empty();
    }
    return Optional.of(
            changes.between(incident.teamId(), incident.id(), review.finalAt(), clock.instant()))
        .filter(c -> !c.isEmpty());
  }

  private void append(
      Incident incident,
      HistoryEntry.Kind kind,
      int version,
      String userId,
      Instant at,
      List<String> people,
      Changes changed) {
    reviews.append(
        incident.teamId(),
        incident.id(),
        new HistoryEntry(kind, version, userId, at, people, changed));
  }

  private static String reviewerList(Review review) {
    return review.reviewers().isEmpty() ? "" : " (" + mentions(ids(review.reviewers())) + ")";
  }

  private static List<String> ids(List<Reviewer> reviewers) {
    return reviewers.stream().map(Reviewer::userId).toList();
  }

  /** "<@U1>, <@U2>": Slack shows each as the person's name. */
  static String mentions(List<String> userIds) {
    return userIds.stream().map(id -> "<@" + id + ">").collect(Collectors.joining(", "));
  }

  /**
   * An incident, its post-mortem's review after a change, and the reviewers the change asked (to be
   * told).
   */
  public record Reviewed(Incident incident, Review review, List<String> asked) {
    public Reviewed {
      asked = List.copyOf(asked);
    }
  }
}
