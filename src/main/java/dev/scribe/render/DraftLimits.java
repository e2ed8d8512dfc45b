package dev.scribe.render;

import java.time.Duration;
import java.util.Objects;

/**
 * How far one draft may go, so that no template (a workspace's own, saved with {@code /pm template
 * save}) can exhaust the server's memory or hold a worker for long.
 *
 * @param maxSourceChars the longest template source: Slack's 40,000-character message limit, as a
 *     template arrives in one message; the largest built-in template is under 10,000
 * @param maxSectionDepth how deeply sections ({@code {{#…}}}, {@code {{^…}}}) may nest: the
 *     built-in templates use 2; every level can multiply the work by the number of events
 * @param maxOutputChars the longest draft: 8 Mi characters, three times the {@code full} draft of a
 *     10,000-event incident (the largest the benchmarks draft), a few tens of MB of heap at most
 * @param maxSteps how many section passes (one per list element, or per section shown) a draft may
 *     take: a 10,000-event draft takes about 10,000; loops inside loops take millions
 * @param maxTime the longest a draft may take, whatever it does (a 10,000-event draft takes 33 ms)
 */
public record DraftLimits(
    int maxSourceChars, int maxSectionDepth, int maxOutputChars, long maxSteps, Duration maxTime) {

  /** The limits Scribe runs with. */
  public static final DraftLimits DEFAULT =
      new DraftLimits(40_000, 8, 8 * 1024 * 1024, 1_000_000, Duration.ofSeconds(5));

  public DraftLimits {
    if (maxSourceChars < 1 || maxSectionDepth < 1 || maxOutputChars < 1 || maxSteps < 1) {
      throw new IllegalArgumentException("draft limits must be positive");
    }
    Objects.requireNonNull(maxTime, "maxTime");
    if (maxTime.isNegative() || maxTime.isZero()) {
      throw new IllegalArgumentException("maxTime must be positive: " + maxTime);
    }
  }
}
