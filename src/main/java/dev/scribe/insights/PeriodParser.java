package dev.scribe.insights;

import dev.scribe.common.UserFacingException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period of {@code /pm stats PERIOD} and {@code scribe stats --since}. The grammar, in
 * whole days of the reader's zone, every form case-insensitive:
 *
 * <pre>
 * PERIOD := N UNIT                      the last N units up to today: 30d, 12w, 6m, 1y, "30 days"
 *         | YYYY                        a calendar year: 2026
 *         | YYYY-QN | YYYYQN | QN YYYY  a calendar quarter: 2026-Q3
 *         | YYYY-MM                     a calendar month: 2026-11
 *         | since DATE [until DATE]     from DATE to today (or to the second DATE, included)
 *         | all                         every incident
 * UNIT   := d | day(s) | w | week(s) | m | month(s) | y | year(s)      (m is months, not minutes)
 * DATE   := YYYY-MM-DD
 * </pre>
 *
 * "The last N units" ends today and starts the day after the same date N units ago, so {@code 30d}
 * on 2026-11-23 is 2026-10-25 to 2026-11-23, thirty days.
 */
public final class PeriodParser {

  /** The period used when none is given. */
  public static final String DEFAULT = "90d";

  /** The forms, for messages and help. */
  public static final String FORMS =
      "`30d`, `12w`, `6m`, `1y`, `2026`, `2026-Q3`, `2026-11`, `since 2026-09-01`, "
          + "`since 2026-09-01 until 2026-10-31`, `all`";

  static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);

  private static final Pattern ROLLING =
      Pattern.compile("(\\d{1,6}) ?(d|days?|w|weeks?|m|months?|y|years?)");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER =
      Pattern.compile("(\\d{4})[- ]?q(\\d{1,2})|q(\\d{1,2})[- ]?(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern SINCE = Pattern.compile("since (\\S+)(?: until (\\S+))?");
  private static final Pattern ALL = Pattern.compile("all|all time|ever");

  private final LocalDate today;
  private final ZoneId zone;

  /**
   * @param today the reader's current day in {@code zone}
   * @param zone where days begin and end
   */
  public PeriodParser(LocalDate today, ZoneId zone) {
    this.today = today;
    this.zone = zone;
  }

  /** The period the text names; blank means {@link #DEFAULT}. */
  public Period parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      t = DEFAULT;
    }
    Matcher m;
    if ((m = ROLLING.matcher(t)).matches()) {
      return rolling(Integer.parseInt(m.group(1)), m.group(2).charAt(0), t);
    }
    if ((m = YEAR.matcher(t)).matches()) {
      int year = year(m.group(1), t);
      return checked(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year), t);
    }
    if ((m = QUARTER.matcher(t)).matches()) {
      return quarter(
          m.group(1) != null ? m.group(1) : m.group(4),
          m.group(2) != null ? m.group(2) : m.group(3),
          t);
    }
    if ((m = MONTH.matcher(t)).matches()) {
      return month(m.group(1), Integer.parseInt(m.group(2)), t);
    }
    if ((m = SINCE.matcher(t)).matches()) {
      return since(m.group(1), m.group(2), t);
    }
    if (ALL.matcher(t).matches()) {
      return new Period(EPOCH, today, zone, "all time");
    }
    throw problem("I couldn't read `" + text.strip() + "` as a period.");
  }

  private Period rolling(int count, char unit, String text) {
    if (count == 0) {
      throw problem("`" + text + "` is an empty period: count at least one day.");
    }
    ChronoUnit chrono =
        switch (unit) {
          case 'd' -> ChronoUnit.DAYS;
          case 'w' -> ChronoUnit.WEEKS;
          case 'm' -> ChronoUnit.MONTHS;
          default -> ChronoUnit.YEARS;
        };
    LocalDate first;
    try {
      first = today.minus(count, chrono).plusDays(1);
    } catch (DateTimeException e) {
      first = EPOCH.minusDays(1);
    }
    String word = chrono.toString().toLowerCase(Locale.ROOT);
    String name =
        "last " + count + " " + (count == 1 ? word.substring(0, word.length() - 1) : word);
    return checked(first, today, name, text);
  }

  private Period quarter(String yearText, String quarterText, String text) {
    int year = year(yearText, text);
    int quarter = Integer.parseInt(quarterText);
    if (quarter < 1 || quarter > 4) {
      throw problem("There is no quarter Q" + quarter + ": quarters are Q1 to Q4.");
    }
    LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
    LocalDate last = first.plusMonths(3).minusDays(1);
    return checked(first, last, year + "-Q" + quarter, text);
  }

  private Period month(String yearText, int month, String text) {
    int year = year(yearText, text);
    if (month < 1 || month > 12) {
      throw problem("There is no month " + month + ": months are 01 to 12.");
    }
    YearMonth ym = YearMonth.of(year, month);
    String name =
        ym
            + " ("
            + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " "
            + year
            + ")";
    return checked(ym.atDay(1), ym.atEndOfMonth(), name, text);
  }

  private Period since(String fromText, String untilText, String text) {
    LocalDate from = date(fromText);
    if (untilText == null) {
      return checked(from, today, "since " + from, text);
    }
    LocalDate until = date(untilText);
    if (until.isBefore(from)) {
      throw problem("`" + text + "` ends before it starts.");
    }
    return checked(from, until, from + " to " + until, text);
  }

  private Period checked(LocalDate first, LocalDate last, String name, String text) {
    if (first.isBefore(EPOCH)) {
      throw problem("`" + text + "` reaches back before 1970; `all` counts every incident.");
    }
    if (first.isAfter(today)) {
      throw problem("`" + text + "` has not started yet (today is " + today + ").");
    }
    return new Period(first, last, zone, name);
  }

  private static int year(String digits, String text) {
    int year = Integer.parseInt(digits);
    if (year < EPOCH.getYear()) {
      throw problem("`" + text + "` reaches back before 1970; `all` counts every incident.");
    }
    return year;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw problem("I couldn't read `" + text + "` as a date: write it as YYYY-MM-DD.");
    }
  }

  private static UserFacingException problem(String sentence) {
    return new UserFacingException(sentence + " Periods: " + FORMS + ".", "/pm stats 2026-Q3");
  }
}
