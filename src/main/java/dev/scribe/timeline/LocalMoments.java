package dev.scribe.timeline;

import dev.scribe.common.UserFacingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as typed, and local date-times turned into instants the way people mean them. */
final class LocalMoments {

  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final String DATE_EXAMPLE = "2026-11-21 14:03";

  private LocalMoments() {}

  /** "2026-11-21" (or "2026-3-9"); a friendly error for "2026-13-01" or "2026-11-31". */
  static LocalDate date(String typed, Usage usage) {
    Matcher m = DATE.matcher(typed);
    if (!m.matches()) {
      throw new UserFacingException(
          "I couldn't read `" + typed + "` as a date; write it as YYYY-MM-DD.",
          usage.example(DATE_EXAMPLE));
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) {
      throw new UserFacingException(
          "`" + typed + "` is not a date: months go from 01 to 12.", usage.example(DATE_EXAMPLE));
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (day < 1 || day > yearMonth.lengthOfMonth()) {
      String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      throw new UserFacingException(
          "`%s` is not a date: %s %d has %d days."
              .formatted(typed, monthName, year, yearMonth.lengthOfMonth()),
          usage.example(DATE_EXAMPLE));
    }
    return yearMonth.atDay(day);
  }

  /**
   * The instant a wall-clock time names in a zone. In the autumn overlap, when clocks go back and
   * the same local time happens twice, the earlier instant is taken: an incident note about "02:30"
   * most likely refers to the first time the clock showed it, and the caller can still be exact
   * with an offset. In the spring gap the time never happened, and saying so beats guessing.
   */
  static Instant instant(LocalDateTime local, ZoneId zone, Usage usage) {
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      ZoneOffsetTransition gap = zone.getRules().getTransition(local);
      throw new UserFacingException(
          "%s does not exist in %s on %s (clocks jumped forward from %s to %s)."
              .formatted(
                  shortTime(local),
                  zone.getId(),
                  local.toLocalDate(),
                  shortTime(gap.getDateTimeBefore()),
                  shortTime(gap.getDateTimeAfter())),
          usage.example(
              gap.getDateTimeAfter().toLocalDate() + " " + shortTime(gap.getDateTimeAfter())));
    }
    return offsets.stream()
        .map(offset -> local.toInstant(offset))
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }

  /** Like {@link #instant} but never fails: a time in a gap moves forward, as clocks did. */
  static Instant lenientInstant(LocalDateTime local, ZoneId zone) {
    return ZonedDateTime.ofLocal(local, zone, null).toInstant();
  }

  private static String shortTime(LocalDateTime local) {
    String time = local.toLocalTime().toString();
    return local.getSecond() == 0 ? time.substring(0, 5) : time;
  }
}
