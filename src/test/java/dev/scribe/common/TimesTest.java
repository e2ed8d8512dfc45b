package dev.scribe.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PT0S           | 0 s
          PT45S          | 45 s
          PT59.9S        | 59 s
          PT1M           | 1 min
          PT7M           | 7 min
          PT7M30S        | 7 min 30 s
          PT12M30S       | 12 min
          PT1H           | 1 h 00 min
          PT2H5M         | 2 h 05 min
          PT2H5M59S      | 2 h 05 min
          PT23H59M       | 23 h 59 min
          PT24H          | 1 d 0 h 0 min
          PT27H10M       | 1 d 3 h 10 min
          P3DT0H5M       | 3 d 0 h 5 min
          PT-45S         | −45 s
          PT-0.5S        | 0 s
          PT-1.5S        | −1 s
          PT-7M          | −7 min
          PT-2H-5M       | −2 h 05 min
          PT-27H-10M     | −1 d 3 h 10 min
          """)
  void showsDurations(String iso, String shown) {
    assertThat(Times.duration(Duration.parse(iso))).isEqualTo(shown);
  }

  @Test
  void showsUtcOnceWhenTheZoneIsUtc() {
    Instant at = Instant.parse("2026-11-21T13:03:00Z");

    assertThat(Times.dateTime(at, ZoneOffset.UTC)).isEqualTo("2026-11-21 13:03 UTC");
    assertThat(Times.dateTime(at, ZoneId.of("UTC"))).isEqualTo("2026-11-21 13:03 UTC");
    assertThat(Times.dateTime(at, ZoneId.of("Etc/UTC"))).isEqualTo("2026-11-21 13:03 UTC");
    assertThat(Times.dateTime(at, ZoneId.of("GMT"))).isEqualTo("2026-11-21 13:03 UTC");
    assertThat(Times.utc(at)).isEqualTo("2026-11-21 13:03 UTC");
  }

  @Test
  void showsTheLocalTimeWithItsAbbreviationAndUtcAlongside() {
    ZoneId paris = ZoneId.of("Europe/Paris");

    assertThat(Times.dateTime(Instant.parse("2026-11-21T13:03:00Z"), paris))
        .isEqualTo("2026-11-21 14:03 CET (13:03 UTC)");
    assertThat(Times.dateTime(Instant.parse("2026-07-02T13:42:00Z"), paris))
        .isEqualTo("2026-07-02 15:42 CEST (13:42 UTC)");
  }

  @Test
  void showsTheUtcDateWhenItDiffersFromTheLocalOne() {
    assertThat(Times.dateTime(Instant.parse("2026-11-21T23:30:00Z"), ZoneId.of("Europe/Paris")))
        .isEqualTo("2026-11-22 00:30 CET (2026-11-21 23:30 UTC)");
    assertThat(Times.dateTime(Instant.parse("2026-11-21T14:30:00Z"), ZoneId.of("Pacific/Auckland")))
        .isEqualTo("2026-11-22 03:30 NZDT (2026-11-21 14:30 UTC)");
    assertThat(
            Times.dateTime(Instant.parse("2026-11-22T05:00:00Z"), ZoneId.of("America/Los_Angeles")))
        .isEqualTo("2026-11-21 21:00 PST (2026-11-22 05:00 UTC)");
  }

  @Test
  void showsOtherZonesByTheirUsualNames() {
    Instant at = Instant.parse("2026-11-21T08:33:00Z");

    assertThat(Times.dateTime(at, ZoneId.of("Asia/Kolkata")))
        .isEqualTo("2026-11-21 14:03 IST (08:33 UTC)");
    assertThat(Times.dateTime(at, ZoneId.of("Europe/London")))
        .isEqualTo("2026-11-21 08:33 GMT (08:33 UTC)");
  }

  @Test
  void showsAnOffsetWhenTheZoneHasNoName() {
    assertThat(Times.dateTime(Instant.parse("2026-11-21T12:03:00Z"), ZoneOffset.ofHours(2)))
        .isEqualTo("2026-11-21 14:03 +02:00 (12:03 UTC)");
  }
}
