package dev.scribe.insights;

/**
 * The open action items of one incident, and how many of them are overdue (their due day has
 * passed).
 */
public record ActionCounts(int open, int overdue) {

  public static final ActionCounts NONE = new ActionCounts(0, 0);

  public ActionCounts {
    if (open < 0 || overdue < 0 || overdue > open) {
      throw new IllegalArgumentException("bad counts: " + open + " open, " + overdue + " overdue");
    }
  }

  public ActionCounts plus(ActionCounts other) {
    return new ActionCounts(open + other.open, overdue + other.overdue);
  }
}
