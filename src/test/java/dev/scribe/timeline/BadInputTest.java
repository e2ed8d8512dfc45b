package dev.scribe.timeline;

import static dev.scribe.timeline.Parsing.PARIS;
import static dev.scribe.timeline.Parsing.UTC;
import static dev.scribe.timeline.Parsing.at;
import static dev.scribe.timeline.Parsing.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BadInputTest {

  private final EventInputParser parser = at("2026-11-21T14:30:00Z");

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
25:03 ack: paged             | I couldn't read `25:03` as a time
14:7 ack: paged              | I couldn't read `14:7` as a time
24:00 paged                  | I couldn't read `24:00` as a time
14:60 paged                  | I couldn't read `14:60` as a time
14:03:61 paged               | I couldn't read `14:03:61` as a time
14:03pmish paged             | I couldn't read `14:03pmish` as a time
13:00 pm paged               | I couldn't read `13:00 pm` as a time
1:1 with the vendor          | I couldn't read `1:1` as a time
yesterday 25:00 paged        | I couldn't read `25:00` as a time
2026-13-01 10:00 paged       | `2026-13-01` is not a date: months go from 01 to 12.
2026-11-31 10:00 paged       | `2026-11-31` is not a date: November 2026 has 30 days.
2026-02-29 10:00 paged       | `2026-02-29` is not a date: February 2026 has 28 days.
2026-11-21 paged             | After the date `2026-11-21` I need a time
2026-11-21                   | After the date `2026-11-21` I need a time
2026-11-21 25:00 paged       | I couldn't read `25:00` as a time
2026-11-2x 10:00 paged       | I couldn't read `2026-11-2x` as a date
2026-11-31T10:00Z paged      | `2026-11-31` is not a date
2019-07-02T25:42Z paged      | I couldn't read `2019-07-02T25:42Z` as an ISO-8601 date and time.
2019-07-02T13:42+25:00 paged | I couldn't read `2019-07-02T13:42+25:00` as an ISO-8601
-15x paged                   | I couldn't read `-15x` as a time ago
-15 paged                    | I couldn't read `-15` as a time ago
-1m30h paged                 | I couldn't read `-1m30h` as a time ago
-1234567m paged              | I couldn't read `-1234567m` as a time ago
+15m paged                   | `+15m` is in the future
2026-11-22 10:00 paged       | `2026-11-22 10:00` is in the future: it is now 2026-11-21 15:30 CET (14:30 UTC).
2026-11-21 15:33 paged       | `2026-11-21 15:33` is in the future
2026-11-21T14:32:01Z paged   | `2026-11-21T14:32:01Z` is in the future
2026-11-21 16:00 CET paged   | `2026-11-21 16:00 CET` is in the future
tomorrow 10:00 paged         | `tomorrow 10:00` is in the future
today 15:40 paged            | `today 15:40` is in the future
""")
  void namesTheProblemAndShowsAnExample(String typed, String expectedProblem) {
    var e = problem(() -> parser.parse(typed, PARIS));

    assertThat(e.problem()).contains(expectedProblem);
  }

  @Test
  void aBadTimeShowsACorrectTimeInTheExample() {
    var e = problem(() -> parser.parse("25:03 ack: paged", UTC));

    assertThat(e.example()).contains("/pm event 14:03 ack: on-call acknowledged the page");
  }

  @Test
  void aBadTimeAgoShowsATimeAgoInTheExample() {
    var e = problem(() -> parser.parse("-15x paged", UTC));

    assertThat(e.example()).contains("/pm event -15m ack: on-call acknowledged the page");
  }

  @Test
  void aBadDateShowsADateInTheExample() {
    var e = problem(() -> parser.parse("2026-13-01 10:00 paged", UTC));

    assertThat(e.example())
        .contains("/pm event 2026-11-21 14:03 ack: on-call acknowledged the page");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n", "14:03", "14:03 UTC", "-5m  ", "ack:", "14:03 fixed:  "})
  void textIsRequired(String typed) {
    var e = problem(() -> parser.parse(typed, UTC));

    assertThat(e.problem()).contains("Tell me what happened");
  }

  @Test
  void aNullInputIsEmptyText() {
    var e = problem(() -> parser.parse(null, UTC));

    assertThat(e.problem()).contains("Tell me what happened");
  }

  @Test
  void textUpToSlacksBlockLimitIsAccepted() {
    String text = "x".repeat(3_000);

    assertThat(parser.parse("14:03 " + text, UTC).text()).hasSize(3_000);
  }

  @Test
  void textBeyondSlacksBlockLimitIsRefusedWithTheNumbers() {
    var e = problem(() -> parser.parse("14:03 note: " + "x".repeat(3_001), UTC));

    assertThat(e.problem())
        .isEqualTo(
            "The text is 3,001 characters; Slack shows at most 3,000 in one block."
                + " Split it into several events.");
  }

  @Test
  void theLimitCountsCharactersNotUtf16Units() {
    String emoji = "🔥".repeat(3_000);

    assertThat(parser.parse(emoji, UTC).text()).isEqualTo(emoji);
  }
}
