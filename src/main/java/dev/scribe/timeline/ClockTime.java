package dev.scribe.timeline;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a time of day: "14:03", "14:03:20", "9:05", and "2:03pm" / "2:03 pm". */
final class ClockTime {

  /** Anything starting with one or two digits, a colon and a digit is meant as a time. */
  private static final Pattern LOOKS_LIKE = Pattern.compile("^\\d{1,2}:\\d.*");

  private static final Pattern FORM =
      Pattern.compile(
          "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(?:([ap])\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MERIDIEM =
      Pattern.compile("[ap]\\.?m\\.?", Pattern.CASE_INSENSITIVE);

  private ClockTime() {}

  static boolean looksLikeTime(String word) {
    return LOOKS_LIKE.matcher(word).matches();
  }

  /** "am", "PM", "p.m." — a separate word that completes a 12-hour time. */
  static boolean isMeridiem(String word) {
    return MERIDIEM.matcher(word).matches();
  }

  /** The time of day, or empty when the text is not a valid time. */
  static Optional<LocalTime> parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (m.group(4) != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      boolean pm = m.group(4).toLowerCase(Locale.ROOT).equals("p");
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute, second));
  }
}
