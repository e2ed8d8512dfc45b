package dev.scribe.timeline;

import static dev.scribe.timeline.Parsing.NEW_YORK;
import static dev.scribe.timeline.Parsing.PARIS;
import static dev.scribe.timeline.Parsing.UTC;
import static dev.scribe.timeline.Parsing.at;
import static dev.scribe.timeline.Parsing.instant;
import static dev.scribe.timeline.Parsing.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Europe/Paris: clocks jump 02:00→03:00 on 2026-03-29 and go back 03:00→02:00 on 2026-10-25.
 * America/New_York: 02:00→03:00 on 2026-03-08 and 02:00→01:00 on 2026-11-01.
 */
class WhenAcrossMidnightAndDstTest {

  @Test
  void aLateTimeTypedJustAfterMidnightIsYesterdays() {
    assertThat(at("2026-11-21T00:05:00Z").parse("23:50 x", UTC).when())
        .contains(instant("2026-11-20T23:50:00Z"));
    // 00:05 on the 21st in Paris
    assertThat(at("2026-11-20T23:05:00Z").parse("23:50 x", PARIS).when())
        .contains(instant("2026-11-20T22:50:00Z"));
  }

  @Test
  void todayWithALateTimeJustAfterMidnightIsInTheFuture() {
    var e = problem(() -> at("2026-11-20T23:05:00Z").parse("today 23:50 x", PARIS));

    assertThat(e.problem())
        .contains("`today 23:50` is in the future")
        .contains("2026-11-21 00:05 CET");
  }

  @Test
  void yesterdayIsTheCalendarDayBeforeEvenWhenItHad23Hours() {
    // 10:00 CEST on the day clocks jumped; yesterday 10:00 was CET, 23 hours earlier
    var parser = at("2026-03-29T08:00:00Z");

    assertThat(parser.parse("yesterday 10:00 x", PARIS).when())
        .contains(instant("2026-03-28T09:00:00Z"));
    assertThat(parser.parse("-1d x", PARIS).when()).contains(instant("2026-03-28T08:00:00Z"));
  }

  @Test
  void yesterdayIsTheCalendarDayBeforeEvenWhenItHad25Hours() {
    // noon EST on the day clocks went back; yesterday noon was EDT, 25 hours earlier
    assertThat(at("2026-11-01T17:00:00Z").parse("yesterday 12:00 x", NEW_YORK).when())
        .contains(instant("2026-10-31T16:00:00Z"));
  }

  @Test
  void rollingBackToYesterdayAcrossTheSpringJump() {
    // 01:30 CET on 2026-03-29: "23:50" is 23:50 CET on the 28th
    assertThat(at("2026-03-29T00:30:00Z").parse("23:50 x", PARIS).when())
        .contains(instant("2026-03-28T22:50:00Z"));
  }

  @Test
  void aTimeSkippedByTheSpringJumpIsAnErrorNamingTheGap() {
    var e = problem(() -> at("2026-03-29T08:00:00Z").parse("2026-03-29 02:30 x", PARIS));

    assertThat(e.problem())
        .isEqualTo(
            "02:30 does not exist in Europe/Paris on 2026-03-29"
                + " (clocks jumped forward from 02:00 to 03:00).");
    assertThat(e.example())
        .contains("/pm event 2026-03-29 03:00 ack: on-call acknowledged the page");
  }

  @Test
  void aClockTimeSkippedTodayIsAnErrorToo() {
    var e = problem(() -> at("2026-03-29T08:00:00Z").parse("02:30 x", PARIS));

    assertThat(e.problem()).startsWith("02:30 does not exist in Europe/Paris on 2026-03-29");
  }

  @Test
  void aClockTimeSkippedTodayButStillAheadMeansYesterday() {
    // 01:30 CET on the jump day: 02:30 would be later today (and does not exist), so it is the
    // 28th's
    assertThat(at("2026-03-29T00:30:00Z").parse("02:30 x", PARIS).when())
        .contains(instant("2026-03-28T01:30:00Z"));
  }

  @Test
  void aTimeSkippedInNewYorkIsAnError() {
    var e = problem(() -> at("2026-03-09T12:00:00Z").parse("2026-03-08 02:15 x", NEW_YORK));

    assertThat(e.problem()).contains("02:15 does not exist in America/New_York on 2026-03-08");
  }

  @Test
  void aTimeThatHappenedTwiceInAutumnIsTheEarlierOne() {
    var parser = at("2026-10-25T03:00:00Z");

    assertThat(parser.parse("2026-10-25 02:30 x", PARIS).when())
        .contains(instant("2026-10-25T00:30:00Z"));
    assertThat(parser.parse("02:30 x", PARIS).when()).contains(instant("2026-10-25T00:30:00Z"));
    assertThat(at("2026-11-02T00:00:00Z").parse("2026-11-01 01:30 x", NEW_YORK).when())
        .contains(instant("2026-11-01T05:30:00Z"));
  }

  @Test
  void anOffsetPicksTheLaterOfTheTwice() {
    assertThat(at("2026-10-25T03:00:00Z").parse("2026-10-25 02:30 +01:00 x", PARIS).when())
        .contains(instant("2026-10-25T01:30:00Z"));
  }

  @Test
  void aZoneSuffixDecidesWhichDayIsToday() {
    // 00:30 on the 22nd in Paris, still the 21st in UTC
    var parser = at("2026-11-21T23:30:00Z");

    assertThat(parser.parse("today 23:00 UTC x", PARIS).when())
        .contains(instant("2026-11-21T23:00:00Z"));
    assertThat(parser.parse("today 00:10 x", PARIS).when())
        .contains(instant("2026-11-21T23:10:00Z"));
  }
}
