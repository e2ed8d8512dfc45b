package dev.scribe.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.common.UserFacingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final LocalDate TODAY = LocalDate.parse("2026-11-23");
  final PeriodParser parser = new PeriodParser(TODAY, BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "30d                              | 2026-10-25 | 2026-11-23 | last 30 days",
        "1d                               | 2026-11-23 | 2026-11-23 | last 1 day",
        "30 days                          | 2026-10-25 | 2026-11-23 | last 30 days",
        "12w                              | 2026-09-01 | 2026-11-23 | last 12 weeks",
        "6m                               | 2026-05-24 | 2026-11-23 | last 6 months",
        "6 Months                         | 2026-05-24 | 2026-11-23 | last 6 months",
        "1y                               | 2025-11-24 | 2026-11-23 | last 1 year",
        "2026                             | 2026-01-01 | 2026-12-31 | 2026",
        "2025                             | 2025-01-01 | 2025-12-31 | 2025",
        "2026-Q3                          | 2026-07-01 | 2026-09-30 | 2026-Q3",
        "2026q4                           | 2026-10-01 | 2026-12-31 | 2026-Q4",
        "Q1 2026                          | 2026-01-01 | 2026-03-31 | 2026-Q1",
        "2026-11                          | 2026-11-01 | 2026-11-30 | 2026-11 (November 2026)",
        "2024-2                           | 2024-02-01 | 2024-02-29 | 2024-02 (February 2024)",
        "since 2026-09-01                 | 2026-09-01 | 2026-11-23 | since 2026-09-01",
        "SINCE 2026-09-01 until 2026-10-31 | 2026-09-01 | 2026-10-31 | 2026-09-01 to 2026-10-31",
        "all                              | 1970-01-01 | 2026-11-23 | all time",
      })
  void readsEveryForm(String text, String first, String last, String name) {
    Period period = parser.parse(text);
    assertThat(period.firstDay()).isEqualTo(LocalDate.parse(first));
    assertThat(period.lastDay()).isEqualTo(LocalDate.parse(last));
    assertThat(period.name()).isEqualTo(name);
    assertThat(period.zone()).isEqualTo(BERLIN);
  }

  @Test
  void nothingMeansTheLastNinetyDays() {
    assertThat(parser.parse("").name()).isEqualTo("last 90 days");
    assertThat(parser.parse(null).firstDay()).isEqualTo(LocalDate.parse("2026-08-26"));
  }

  @Test
  void daysBeginAndEndInTheReadersZone() {
    Period november = parser.parse("2026-11");
    assertThat(november.from()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
    assertThat(november.until()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
    assertThat(november.describe())
        .isEqualTo("2026-11 (November 2026) (2026-11-01 – 2026-11-30, Europe/Berlin)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "last week         | I couldn't read `last week` as a period.",
        "30x               | I couldn't read `30x` as a period.",
        "0d                | `0d` is an empty period",
        "2026-Q5           | There is no quarter Q5",
        "2026-13           | There is no month 13",
        "2027              | `2027` has not started yet (today is 2026-11-23).",
        "2026-12           | `2026-12` has not started yet",
        "since 2026-12-01  | has not started yet",
        "since 2026-9-1    | I couldn't read `2026-9-1` as a date: write it as YYYY-MM-DD.",
        "since 2026-10-01 until 2026-09-01 | ends before it starts",
        "1969              | reaches back before 1970",
        "60y               | reaches back before 1970",
        "999999y           | reaches back before 1970",
      })
  void badPeriodsAreExplainedWithTheForms(String text, String problem) {
    assertThatThrownBy(() -> parser.parse(text))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining(problem)
        .hasMessageContaining("`30d`, `12w`, `6m`")
        .satisfies(
            e -> assertThat(((UserFacingException) e).example()).contains("/pm stats 2026-Q3"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"by severity", "  by   Sev ", "by SEVERITIES"})
  void aGroupingAloneKeepsTheDefaultPeriod(String args) {
    StatsQuery query = StatsQuery.parse(args, parser);
    assertThat(query.grouping()).isEqualTo(Grouping.SEVERITY);
    assertThat(query.period().name()).isEqualTo("last 90 days");
  }

  @Test
  void aPeriodAndAGrouping() {
    StatsQuery query = StatsQuery.parse("2026-Q3 by tags", parser);
    assertThat(query.period().name()).isEqualTo("2026-Q3");
    assertThat(query.grouping()).isEqualTo(Grouping.TAG);
    assertThat(StatsQuery.parse("since 2026-01-01 by service", parser).grouping())
        .isEqualTo(Grouping.SERVICE);
  }

  @Test
  void anUnknownGroupingSaysWhichOnesExist() {
    assertThatThrownBy(() -> StatsQuery.parse("30d by team", parser))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("`by severity`, `by service` or `by tag`, not by `team`");
  }
}
