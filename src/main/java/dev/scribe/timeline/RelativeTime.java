package dev.scribe.timeline;

import dev.scribe.common.UserFacingException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "time ago": {@code -15m}, {@code -2h}, {@code -1h30m}, {@code -45s}, {@code -1d2h}. Units
 * come largest first, each at most once; {@code -0m} is allowed and means now.
 */
final class RelativeTime {

  /** A sign then a digit: clearly meant as a relative time, so anything else is an error. */
  private static final Pattern LOOKS_LIKE = Pattern.compile("^[+-]\\d.*");

  private static final Pattern FORM =
      Pattern.compile(
          "-(?:(\\d{1,6})d)?(?:(\\d{1,6})h)?(?:(\\d{1,6})(?:min|m))?(?:(\\d{1,6})s)?",
          Pattern.CASE_INSENSITIVE);

  private static final String EXAMPLE = "-15m";

  private RelativeTime() {}

  static boolean looksLikeRelative(String word) {
    return LOOKS_LIKE.matcher(word).matches();
  }

  /** How long ago {@code typed} says; a friendly error when it cannot be read or is ahead. */
  static Duration ago(String typed, Usage usage) {
    if (typed.startsWith("+")) {
      throw new UserFacingException(
          "`"
              + typed
              + "` is in the future; events are recorded after they happen, so use a"
              + " minus sign for time ago.",
          usage.example(EXAMPLE));
    }
    Matcher m = FORM.matcher(typed);
    if (!m.matches()) {
      throw new UserFacingException(
          "I couldn't read `" + typed + "` as a time ago; write it like -15m, -2h, -1h30m or -45s.",
          usage.example(EXAMPLE));
    }
    return Duration.ofDays(number(m.group(1)))
        .plusHours(number(m.group(2)))
        .plusMinutes(number(m.group(3)))
        .plusSeconds(number(m.group(4)));
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
