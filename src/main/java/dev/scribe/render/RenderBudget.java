package dev.scribe.render;

/**
 * What one draft has spent of its {@link DraftLimits}: characters written, section passes, time.
 * Crossing a limit throws {@link OverLimit} from wherever the template engine happens to be, which
 * stops the draft before it can grow further.
 */
final class RenderBudget {

  /** A limit was crossed; the message names it in words for the user. */
  static final class OverLimit extends RuntimeException {
    OverLimit(String message) {
      super(message, null, false, false);
    }
  }

  private final DraftLimits limits;
  private final long deadline;
  private long chars;
  private long steps;

  RenderBudget(DraftLimits limits, long startNanos) {
    this.limits = limits;
    this.deadline = startNanos + limits.maxTime().toNanos();
  }

  /** Counts characters about to be written. */
  void write(int count) {
    chars += count;
    if (chars > limits.maxOutputChars()) {
      throw new OverLimit(
          "it makes a draft longer than "
              + limits.maxOutputChars() / (1024 * 1024)
              + " Mi characters");
    }
    checkTime();
  }

  /** Counts one pass through a section. */
  void step() {
    if (++steps > limits.maxSteps()) {
      throw new OverLimit(
          "it goes through its sections more than "
              + String.format("%,d", limits.maxSteps())
              + " times (a list inside a list inside a list?)");
    }
    checkTime();
  }

  private void checkTime() {
    if (System.nanoTime() - deadline > 0) {
      throw new OverLimit(
          "it takes longer than " + limits.maxTime().toSeconds() + " seconds to fill in");
    }
  }
}
