package dev.scribe.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DueDateParserTest {

  // Monday 2026-11-23, 10:00 UTC
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  private final DueDateParser parser = new DueDateParser(clock, ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource({
    "2026-12-01, 2026-12-01",
    "today, 2026-11-23",
    "tomorrow, 2026-11-24",
    "+7d, 2026-11-30",
    "+2w, 2026-12-07",
    "+1m, 2026-12-23",
    "in 3 days, 2026-11-26",
    "in 1 week, 2026-11-30",
    "friday, 2026-11-27",
    "Fri, 2026-11-27",
    "next friday, 2026-11-27",
    "monday, 2026-11-30",
    "next week, 2026-11-30",
    "next month, 2026-12-01",
    "dec 1, 2026-12-01",
    "December 1, 2026-12-01",
    "1 dec, 2026-12-01",
    "dec 1 2027, 2027-12-01",
    "nov 20, 2026-11-20",
    "jan 5, 2027-01-05",
  })
  void readsEveryDocumentedForm(String phrase, String expected) {
    assertThat(parser.parse(phrase)).contains(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"someday", "2026-13-01", "feb 30", "+d", "in many days", "high", ""})
  void refusesWhatIsNotADate(String phrase) {
    assertThat(parser.parse(phrase)).isEmpty();
  }

  @Test
  void todayIsTheUsersOwnDay() {
    // 10:00 UTC on Monday is already Tuesday 00:00 in Kiritimati (UTC+14).
    DueDateParser east = new DueDateParser(clock, ZoneId.of("Pacific/Kiritimati"));
    assertThat(east.parse("today")).contains(LocalDate.parse("2026-11-24"));
    DueDateParser west = new DueDateParser(clock, ZoneId.of("Pacific/Pago_Pago"));
    assertThat(west.parse("tomorrow")).contains(LocalDate.parse("2026-11-23"));
  }
}
