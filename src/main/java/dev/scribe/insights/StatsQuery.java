package dev.scribe.insights;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code /pm stats [PERIOD] [by severity|service|tag]} asks for.
 *
 * @param period the incidents counted: those declared in it
 * @param grouping how they are split
 */
public record StatsQuery(Period period, Grouping grouping) {

  private static final Pattern BY = Pattern.compile("(?i)^(.*?)\\s*\\bby\\s+(\\S+)\\s*$");

  public StatsQuery {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(grouping, "grouping");
  }

  /** Reads "2026-Q3 by severity", "by tag", "30d" or "" (the default period, no grouping). */
  public static StatsQuery parse(String args, PeriodParser periods) {
    String text = args == null ? "" : args.strip();
    Matcher by = BY.matcher(text);
    if (by.matches()) {
      return new StatsQuery(periods.parse(by.group(1)), Grouping.parse(by.group(2)));
    }
    return new StatsQuery(periods.parse(text), Grouping.NONE);
  }
}
