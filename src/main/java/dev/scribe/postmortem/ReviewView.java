package dev.scribe.postmortem;

import java.util.List;

/**
 * The post-mortem's review, ready to print.
 *
 * @param status "Draft", "In Review" or "Final"
 * @param statusLine the status in a sentence: who approved, who is awaited, and whether anything
 *     changed since it became Final
 * @param reviewers everyone asked, with where they stand
 * @param reviewerNames their names, comma-separated, or a prompt
 * @param approver whose approval made it Final, or a prompt
 * @param finalOn when it became Final, or "—"
 * @param changedSinceApproval what changed since it became Final, or ""
 * @param changed true when something did
 */
public record ReviewView(
    String status,
    String statusLine,
    List<ReviewerView> reviewers,
    String reviewerNames,
    String approver,
    String finalOn,
    String changedSinceApproval,
    boolean changed) {

  public ReviewView {
    reviewers = List.copyOf(reviewers);
  }

  /** A reviewer and where they stand: "approved 2026-11-24 10:02 CET (version 3)" or "waiting". */
  public record ReviewerView(String name, boolean approved, String state) {}
}
