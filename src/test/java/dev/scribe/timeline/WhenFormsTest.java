package dev.scribe.timeline;

import static dev.scribe.timeline.Parsing.AUCKLAND;
import static dev.scribe.timeline.Parsing.KOLKATA;
import static dev.scribe.timeline.Parsing.LOS_ANGELES;
import static dev.scribe.timeline.Parsing.PARIS;
import static dev.scribe.timeline.Parsing.UTC;
import static dev.scribe.timeline.Parsing.at;
import static dev.scribe.timeline.Parsing.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhenFormsTest {

  /**
   * Saturday 2026-11-21 14:30 UTC: 15:30 in Paris, 06:30 in Los Angeles, 03:30 Sunday in Auckland.
   */
  private static final String NOW = "2026-11-21T14:30:00Z";

  private final EventInputParser parser = at(NOW);

  @ParameterizedTest(name = "[{0}] in {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          14:03                     | UTC                 | 2026-11-21T14:03:00Z
          14:03:20                  | UTC                 | 2026-11-21T14:03:20Z
          9:05                      | UTC                 | 2026-11-21T09:05:00Z
          00:00                     | UTC                 | 2026-11-21T00:00:00Z
          14:33                     | UTC                 | 2026-11-20T14:33:00Z
          2:03pm                    | UTC                 | 2026-11-21T14:03:00Z
          2:03 pm                   | UTC                 | 2026-11-21T14:03:00Z
          12:15 a.m.                | UTC                 | 2026-11-21T00:15:00Z
          12:15 PM                  | UTC                 | 2026-11-21T12:15:00Z
          2026-11-21 14:03          | UTC                 | 2026-11-21T14:03:00Z
          2026-11-21 14:03:20       | UTC                 | 2026-11-21T14:03:20Z
          2026-3-9 08:00            | UTC                 | 2026-03-09T08:00:00Z
          2019-07-02T13:42Z         | UTC                 | 2019-07-02T13:42:00Z
          2019-07-02T15:42+02:00    | UTC                 | 2019-07-02T13:42:00Z
          2019-07-02T15:42:10+02:00 | Asia/Kolkata        | 2019-07-02T13:42:10Z
          2019-07-02T13:42:10.5Z    | UTC                 | 2019-07-02T13:42:10.500Z
          2019-07-02t13:42z         | UTC                 | 2019-07-02T13:42:00Z
          2019-07-02T15:42+02:00[Europe/Paris] | UTC      | 2019-07-02T13:42:00Z
          2026-11-21T10:00          | Europe/Paris        | 2026-11-21T09:00:00Z
          2026-11-21T10:00 UTC      | Europe/Paris        | 2026-11-21T10:00:00Z
          -15m                      | UTC                 | 2026-11-21T14:15:00Z
          -15min                    | UTC                 | 2026-11-21T14:15:00Z
          -2h                       | Europe/Paris        | 2026-11-21T12:30:00Z
          -1h30m                    | UTC                 | 2026-11-21T13:00:00Z
          -45s                      | UTC                 | 2026-11-21T14:29:15Z
          -1d                       | UTC                 | 2026-11-20T14:30:00Z
          -1d2h                     | UTC                 | 2026-11-20T12:30:00Z
          -1H5M                     | UTC                 | 2026-11-21T13:25:00Z
          -0m                       | UTC                 | 2026-11-21T14:30:00Z
          yesterday 23:50           | UTC                 | 2026-11-20T23:50:00Z
          Yesterday 14:45           | UTC                 | 2026-11-20T14:45:00Z
          today 09:10               | UTC                 | 2026-11-21T09:10:00Z
          14:03                     | Europe/Paris        | 2026-11-21T13:03:00Z
          14:03                     | Asia/Kolkata        | 2026-11-21T08:33:00Z
          06:00                     | America/Los_Angeles | 2026-11-21T14:00:00Z
          14:03                     | America/Los_Angeles | 2026-11-20T22:03:00Z
          14:03                     | Pacific/Auckland    | 2026-11-21T01:03:00Z
          yesterday 23:50           | Pacific/Auckland    | 2026-11-21T10:50:00Z
          today 03:00               | Pacific/Auckland    | 2026-11-21T14:00:00Z
          2026-11-21 14:03          | Europe/Paris        | 2026-11-21T13:03:00Z
          2026-11-21 14:03          | Pacific/Auckland    | 2026-11-21T01:03:00Z
          """)
  void readsEveryWhenForm(String when, String zone, String expected) {
    EventInput input = parser.parse(when + " ack: paged", ZoneId.of(zone));

    assertThat(input.when()).contains(instant(expected));
    assertThat(input.marker()).contains(Marker.ACK);
    assertThat(input.text()).isEqualTo("paged");
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          14:03 UTC            | 2026-11-21T14:03:00Z
          14:03 utc            | 2026-11-21T14:03:00Z
          14:03 GMT            | 2026-11-21T14:03:00Z
          14:03 Z              | 2026-11-21T14:03:00Z
          14:03 CET            | 2026-11-21T13:03:00Z
          14:03 CEST           | 2026-11-21T12:03:00Z
          14:03 WET            | 2026-11-21T14:03:00Z
          14:03 WEST           | 2026-11-21T13:03:00Z
          14:03 BST            | 2026-11-21T13:03:00Z
          14:03 EET            | 2026-11-21T12:03:00Z
          14:03 EEST           | 2026-11-21T11:03:00Z
          14:03 IST            | 2026-11-21T08:33:00Z
          14:03 JST            | 2026-11-21T05:03:00Z
          14:03 AEST           | 2026-11-21T04:03:00Z
          14:03 AEDT           | 2026-11-21T03:03:00Z
          09:00 ET             | 2026-11-21T14:00:00Z
          09:00 EST            | 2026-11-21T14:00:00Z
          09:00 EDT            | 2026-11-21T13:00:00Z
          08:00 CT             | 2026-11-21T14:00:00Z
          08:00 CST            | 2026-11-21T14:00:00Z
          08:00 CDT            | 2026-11-21T13:00:00Z
          07:00 MT             | 2026-11-21T14:00:00Z
          07:00 MST            | 2026-11-21T14:00:00Z
          07:00 MDT            | 2026-11-21T13:00:00Z
          06:00 PT             | 2026-11-21T14:00:00Z
          06:00 PST            | 2026-11-21T14:00:00Z
          06:00 pdt            | 2026-11-21T13:00:00Z
          14:03 PST            | 2026-11-20T22:03:00Z
          14:03 Europe/Paris   | 2026-11-21T13:03:00Z
          14:03 europe/paris   | 2026-11-21T13:03:00Z
          14:03 Asia/Kolkata   | 2026-11-21T08:33:00Z
          14:03 +02:00         | 2026-11-21T12:03:00Z
          14:03 +0200          | 2026-11-21T12:03:00Z
          14:03 +2             | 2026-11-21T12:03:00Z
          14:03 -05:00         | 2026-11-20T19:03:00Z
          14:03 UTC+5:30       | 2026-11-21T08:33:00Z
          14:03 GMT-3          | 2026-11-20T17:03:00Z
          2:03 pm CET          | 2026-11-21T13:03:00Z
          2026-11-21 14:03 UTC | 2026-11-21T14:03:00Z
          2026-11-21 14:03 CET | 2026-11-21T13:03:00Z
          2026-11-21 08:03:20 America/New_York | 2026-11-21T13:03:20Z
          yesterday 23:50 JST  | 2026-11-20T14:50:00Z
          """)
  void readsZoneSuffixes(String when, String expected) {
    EventInput input = parser.parse(when + " restored: error rate normal", PARIS);

    assertThat(input.when()).contains(instant(expected));
    assertThat(input.marker()).contains(Marker.RESTORED);
    assertThat(input.text()).isEqualTo("error rate normal");
  }

  @Test
  void withoutWhenTheTimeIsLeftToTheCaller() {
    EventInput input = parser.parse("ack: paged", UTC);

    assertThat(input.when()).isEmpty();
    assertThat(input.marker()).contains(Marker.ACK);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          yesterday's deploy broke checkout
          today we learned a lot
          Poland reports errors
          2x more errors than usual
          14.03 was when it started
          """)
  void wordsThatMerelyResembleATimeAreText(String typed) {
    EventInput input = parser.parse(typed, KOLKATA);

    assertThat(input.when()).isEmpty();
    assertThat(input.text()).isEqualTo(typed);
  }

  @Test
  void aWordAfterTheTimeThatIsNoZoneStartsTheText() {
    EventInput input = parser.parse("14:03 Japan team reports errors", UTC);

    assertThat(input.when()).contains(instant("2026-11-21T14:03:00Z"));
    assertThat(input.text()).isEqualTo("Japan team reports errors");
  }

  @Test
  void aClockTimeWithinTwoMinutesAheadIsTodaysBecauseClocksDrift() {
    EventInputParser at1402 = at("2026-11-21T14:02:30Z");

    assertThat(at1402.parse("14:03 x", UTC).when()).contains(instant("2026-11-21T14:03:00Z"));
    assertThat(at1402.parse("14:04:30 x", UTC).when()).contains(instant("2026-11-21T14:04:30Z"));
    assertThat(at1402.parse("14:04:31 x", UTC).when()).contains(instant("2026-11-20T14:04:31Z"));
  }

  @Test
  void anExplicitDateTimeWithinTheSkewIsAccepted() {
    assertThat(parser.parse("2026-11-21 14:32 x", UTC).when())
        .contains(instant("2026-11-21T14:32:00Z"));
    assertThat(parser.parse("today 03:31 x", AUCKLAND).when())
        .contains(instant("2026-11-21T14:31:00Z"));
    assertThat(at("2026-11-21T14:30:00Z").parse("14:32 x", LOS_ANGELES).when())
        .contains(instant("2026-11-20T22:32:00Z"));
  }
}
