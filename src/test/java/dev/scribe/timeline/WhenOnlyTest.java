package dev.scribe.timeline;

import static dev.scribe.timeline.Parsing.PARIS;
import static dev.scribe.timeline.Parsing.UTC;
import static dev.scribe.timeline.Parsing.at;
import static dev.scribe.timeline.Parsing.instant;
import static dev.scribe.timeline.Parsing.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /pm resolve [WHEN]}. */
class WhenOnlyTest {

  private final EventInputParser parser = at("2026-11-21T14:30:00Z");

  @Test
  void nothingTypedMeansNow() {
    assertThat(parser.parseWhenOnly("", UTC)).isEmpty();
    assertThat(parser.parseWhenOnly("  ", UTC)).isEmpty();
    assertThat(parser.parseWhenOnly(null, UTC)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          14:03            | 2026-11-21T13:03:00Z
          14:03 UTC        | 2026-11-21T14:03:00Z
          -10m             | 2026-11-21T14:20:00Z
          yesterday 23:50  | 2026-11-20T22:50:00Z
          2026-11-21 09:00 | 2026-11-21T08:00:00Z
          """)
  void readsAWhen(String typed, String expected) {
    assertThat(parser.parseWhenOnly(typed, PARIS)).contains(instant(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fixed it", "14:03 extra words", "yesterday", "ack:"})
  void anythingElseIsAnErrorWithAResolveExample(String typed) {
    var e = problem(() -> parser.parseWhenOnly(typed, UTC));

    assertThat(e.problem()).isEqualTo("I couldn't read `" + typed + "` as a time.");
    assertThat(e.example()).contains("/pm resolve 14:03");
  }

  @Test
  void aBadTimeShowsAResolveExample() {
    var e = problem(() -> parser.parseWhenOnly("25:00", UTC));

    assertThat(e.problem()).contains("`25:00`");
    assertThat(e.example()).contains("/pm resolve 14:03");
  }
}
