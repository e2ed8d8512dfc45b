package dev.scribe.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.common.UserFacingException;
import dev.scribe.demo.SettableClock;
import dev.scribe.timeline.EventInput;
import dev.scribe.timeline.EventInputParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A command waits for the user's zone only when what they typed means something else elsewhere. */
class PmRequestTest {

  final EventInputParser parser = new EventInputParser(SettableClock.at("2026-11-21T14:10:00Z"));

  static PmRequest from(Optional<ZoneId> knownZone) {
    return new PmRequest(
        "T1",
        "C1",
        "U1",
        knownZone.orElse(ZoneOffset.UTC),
        null,
        new UserFacts(knownZone, Optional.empty()));
  }

  EventInput read(PmRequest request, String args) {
    return request.inUserZone(zone -> parser.parse(args, zone));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "14:03 ack: paged",
        "14:03:20 ack: paged",
        "2026-11-21 14:03 ack: paged",
        "yesterday 23:50 ack: paged"
      })
  void aLocalTimeFromSomeoneWhoseZoneIsNotKnownWaitsForIt(String args) {
    assertThatThrownBy(() -> read(from(Optional.empty()), args))
        .isInstanceOf(FactNeeded.class)
        .extracting(e -> ((FactNeeded) e).fact())
        .isEqualTo(FactNeeded.Fact.ZONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-15m ack: paged",
        "14:03 UTC ack: paged",
        "14:03 CET ack: paged",
        "2026-11-21T13:03Z ack: paged",
        "2026-11-21T15:03+02:00 ack: paged",
        "ack: paged"
      })
  void whatMeansTheSameEverywhereNeverWaits(String args) {
    assertThat(read(from(Optional.empty()), args).text()).isEqualTo("paged");
  }

  @ParameterizedTest
  @ValueSource(strings = {"25:03 ack: paged", "14:03", "2027-01-01 10:00 from the future"})
  void badInputIsReportedAtOnceEvenWhileTheZoneIsUnknown(String args) {
    assertThatThrownBy(() -> read(from(Optional.empty()), args))
        .isInstanceOf(UserFacingException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"14:03 ack: paged", "yesterday 23:50 ack: paged"})
  void aKnownZoneIsUsed(String args) {
    EventInput input = read(from(Optional.of(ZoneId.of("Asia/Tokyo"))), args);
    assertThat(input.when()).isPresent();
    assertThat(input.when().get()).isBefore(Instant.parse("2026-11-21T14:10:00Z"));
  }
}
