package dev.scribe.actions;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the due-date phrases people type ({@code 2026-12-01}, {@code +7d}, {@code friday}, {@code
 * next week}, {@code dec 1}, {@code in 3 days}) as a calendar day in the user's own zone.
 */
public final class DueDateParser {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern OFFSET = Pattern.compile("\\+(\\d{1,3})\\s*([dwm])");
  private static final Pattern IN_UNITS =
      Pattern.compile("in\\s+(\\d{1,3})\\s+(day|days|week|weeks|month|months)");
  private static final Pattern MONTH_DAY =
      Pattern.compile("([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:\\s+(\\d{4}))?");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})\\s+([a-z]{3,9})\\.?(?:\\s+(\\d{4}))?");

  private final Clock clock;
  private final ZoneId zone;

  public DueDateParser(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  /** Today in the user's zone: the day a "past due date" warning compares against. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  /** The day {@code phrase} names, or empty when it is not a due-date phrase. */
  public Optional<LocalDate> parse(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    LocalDate today = today();
    try {
      return Optional.ofNullable(named(p, today))
          .or(() -> relative(p, today))
          .or(() -> weekday(p, today))
          .or(() -> calendar(p, today));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static LocalDate named(String p, LocalDate today) {
    switch (p) {
      case "today":
        return today;
      case "tomorrow":
        return today.plusDays(1);
      case "next week":
        return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
      case "next month":
        return today.plusMonths(1).withDayOfMonth(1);
      default:
        return null;
    }
  }

  private static Optional<LocalDate> relative(String p, LocalDate today) {
    Matcher offset = OFFSET.matcher(p);
    if (offset.matches()) {
      return Optional.of(plus(today, Integer.parseInt(offset.group(1)), offset.group(2).charAt(0)));
    }
    Matcher in = IN_UNITS.matcher(p);
    if (in.matches()) {
      return Optional.of(plus(today, Integer.parseInt(in.group(1)), in.group(2).charAt(0)));
    }
    return Optional.empty();
  }

  private static LocalDate plus(LocalDate today, int amount, char unit) {
    switch (unit) {
      case 'd':
        return today.plusDays(amount);
      case 'w':
        return today.plusWeeks(amount);
      default:
        return today.plusMonths(amount);
    }
  }

  /** "friday" and "next friday" both mean the first Friday after today. */
  private static Optional<LocalDate> weekday(String p, LocalDate today) {
    String word = p.startsWith("next ") ? p.substring(5) : p;
    return dayOfWeek(word).map(d -> today.with(TemporalAdjusters.next(d)));
  }

  private static Optional<DayOfWeek> dayOfWeek(String word) {
    for (DayOfWeek d : DayOfWeek.values()) {
      String full = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (word.length() >= 3 && full.startsWith(word)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> calendar(String p, LocalDate today) {
    Matcher iso = ISO.matcher(p);
    if (iso.matches()) {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(iso.group(1)),
              Integer.parseInt(iso.group(2)),
              Integer.parseInt(iso.group(3))));
    }
    Matcher md = MONTH_DAY.matcher(p);
    if (md.matches()) {
      return monthDay(md.group(1), md.group(2), md.group(3), today);
    }
    Matcher dm = DAY_MONTH.matcher(p);
    if (dm.matches()) {
      return monthDay(dm.group(2), dm.group(1), dm.group(3), today);
    }
    return Optional.empty();
  }

  /** Without a year, the occurrence nearest to today: "jan 5" typed in December is next year. */
  private static Optional<LocalDate> monthDay(
      String monthWord, String day, String year, LocalDate today) {
    Optional<Month> month = month(monthWord);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    int d = Integer.parseInt(day);
    if (year != null) {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month.get(), d));
    }
    LocalDate thisYear = LocalDate.of(today.getYear(), month.get(), d);
    return Optional.of(thisYear.isBefore(today.minusMonths(6)) ? thisYear.plusYears(1) : thisYear);
  }

  private static Optional<Month> month(String word) {
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.startsWith(word) && word.length() >= 3) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
