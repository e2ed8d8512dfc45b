package dev.scribe.postmortem;

import dev.scribe.review.Changes;
import dev.scribe.review.HistoryEntry;
import dev.scribe.review.Review;
import dev.scribe.review.Reviewer;
import java.util.List;
import java.util.stream.Collectors;

/** The review and the document history as a draft shows them: names, times, sentences. */
final class ReviewViews {

  static final String ASK = "`/pm review @name`";

  private ReviewViews() {}

  static ReviewView review(DraftSource source, Display display) {
    Review review = source.review();
    List<ReviewView.ReviewerView> reviewers =
        review.reviewers().stream().map(r -> reviewer(r, display)).toList();
    boolean changed = !source.changedSinceFinal().isEmpty();
    String changes = changed ? source.changedSinceFinal().describe() : "";
    return new ReviewView(
        review.status().display(),
        statusLine(review, display, changes),
        reviewers,
        review.reviewers().isEmpty()
            ? "✍️ _" + ASK + " asks reviewers_"
            : names(review.reviewers(), display),
        review.isFinal()
            ? display.name(review.finalBy())
            : "✍️ _the last reviewer to `/pm approve`_",
        review.isFinal() ? display.time(review.finalAt()) : "—",
        changes,
        changed);
  }

  static HistoryView history(DraftSource source, Display display) {
    Review review = source.review();
    List<HistoryView.Row> rows =
        source.history().stream()
            .map(
                e ->
                    new HistoryView.Row(
                        String.valueOf(e.version()),
                        display.time(e.at()),
                        display.name(e.by()),
                        what(e, display)))
            .toList();
    return new HistoryView(
        review.firstDraftedAt() == null
            ? "— (not yet: `/pm draft` makes version 1)"
            : display.time(review.firstDraftedAt()),
        review.version() == 0 ? "—" : String.valueOf(review.version()),
        rows,
        !rows.isEmpty());
  }

  private static String statusLine(Review review, Display display, String changes) {
    String line =
        switch (review.status()) {
          case DRAFT -> "Draft — not in review yet (" + ASK + " asks reviewers)";
          case IN_REVIEW ->
              "In Review — "
                  + (review.approvedBy().isEmpty()
                      ? ""
                      : "approved by " + names(review.approvedBy(), display) + "; ")
                  + "waiting for "
                  + names(review.waitingFor(), display)
                  + " (`/pm approve`)";
          case FINAL ->
              "Final — approved by "
                  + names(review.reviewers(), display)
                  + "; final since "
                  + display.time(review.finalAt())
                  + " (version "
                  + review.finalVersion()
                  + ")";
        };
    return changes.isEmpty()
        ? line
        : line + " · ⚠ changed since approval: " + changes + "; " + ASK + " asks for another look";
  }

  private static ReviewView.ReviewerView reviewer(Reviewer r, Display display) {
    String state =
        r.approved()
            ? "approved " + display.time(r.approvedAt()) + " (version " + r.approvedVersion() + ")"
            : "waiting";
    return new ReviewView.ReviewerView(display.name(r.userId()), r.approved(), state);
  }

  private static String what(HistoryEntry e, Display display) {
    Changes c = e.changes();
    return switch (e.kind()) {
      case DRAFTED ->
          e.version() == 1 ? "First draft: " + c.describeFirst() : "Drafted again: " + c.describe();
      case REVIEW_REQUESTED -> "Review asked of " + people(e.people(), display);
      case REVIEWERS_REMOVED -> "Taken off the reviewers: " + people(e.people(), display);
      case APPROVED -> "Approved";
      case FINAL -> "**Final**: every reviewer approved";
    };
  }

  private static String names(List<Reviewer> reviewers, Display display) {
    return people(reviewers.stream().map(Reviewer::userId).toList(), display);
  }

  private static String people(List<String> ids, Display display) {
    return ids.stream().map(display::name).collect(Collectors.joining(", "));
  }
}
