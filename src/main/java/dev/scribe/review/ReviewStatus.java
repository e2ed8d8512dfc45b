package dev.scribe.review;

/** Where a post-mortem stands. */
public enum ReviewStatus {
  /** Nobody has been asked to review it (or every reviewer was taken off). */
  DRAFT("Draft"),
  /** Reviewers were asked; not all of them have approved. */
  IN_REVIEW("In Review"),
  /** Every reviewer asked has approved. */
  FINAL("Final");

  private final String display;

  ReviewStatus(String display) {
    this.display = display;
  }

  /** "Draft", "In Review", "Final". */
  public String display() {
    return display;
  }
}
