package dev.scribe.timeline;

import static dev.scribe.timeline.Parsing.UTC;
import static dev.scribe.timeline.Parsing.at;
import static dev.scribe.timeline.Parsing.instant;
import static dev.scribe.timeline.Parsing.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkersAndTextTest {

  private final EventInputParser parser = at("2026-11-21T14:30:00Z");

  static Stream<Arguments> everyMarkerWord() {
    return Arrays.stream(Marker.values())
        .flatMap(
            m ->
                Stream.concat(m.words().stream(), m.isNote() ? Stream.empty() : Stream.of(m.code()))
                    .map(word -> Arguments.of(word, m)));
  }

  @ParameterizedTest(name = "{0}: -> {1}")
  @MethodSource("everyMarkerWord")
  void everyMarkerWordAndCodeIsAMarkerInAnyCase(String word, Marker marker) {
    assertThat(parser.parse("14:03 " + word + ": it happened", UTC).marker()).contains(marker);
    assertThat(parser.parse(word.toUpperCase(Locale.ROOT) + ": it happened", UTC).marker())
        .contains(marker);
    assertThat(parser.parse(word + ": it happened", UTC).text()).isEqualTo("it happened");
  }

  @Test
  void anExplicitNoteIsNotTheSameAsNoMarker() {
    assertThat(parser.parse("note: status page updated", UTC).marker()).contains(Marker.NOTE);
    assertThat(parser.parse("status page updated", UTC).marker()).isEmpty();
  }

  @Test
  void aMarkerNeedsNoSpaceBeforeTheText() {
    EventInput input = parser.parse("-5m ack:paged", UTC);

    assertThat(input.marker()).contains(Marker.ACK);
    assertThat(input.text()).isEqualTo("paged");
  }

  @ParameterizedTest(name = "{0}: -> did you mean {1}")
  @CsvSource({
    "ackd, ack",
    "Ackd, ack",
    "acked, ack",
    "resolvd, resolved",
    "mitgated, mitigated",
    "imapct, impact",
    "alrt, alert",
    "investigatng, investigating",
    "rootcause, root-cause",
    "recoverd, recovered"
  })
  void aNearMissOfAMarkerWordIsATypo(String typo, String suggestion) {
    var e = problem(() -> parser.parse("14:03 " + typo + ": it happened", UTC));

    assertThat(e.problem())
        .startsWith("`" + typo + "` is not a marker. Did you mean `" + suggestion + "`?")
        .contains(
            "Markers: T1 impact, T2 alert, T3 ack, T4 investigating, T5 cause, T6 fix,"
                + " T7 restored, T8 resolved, note.");
    assertThat(e.example())
        .hasValueSatisfying(example -> assertThat(example).contains(suggestion + ": "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"T9", "t0", "T10"})
  void aCodeOutsideT1ToT8IsAnError(String code) {
    var e = problem(() -> parser.parse(code + ": it happened", UTC));

    assertThat(e.problem()).contains("`" + code + "` is not a marker").contains("T8 resolved");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Customer: checkout fails for EU users",
        "https://status.example.com is red",
        "to: the whole team, we are on it",
        "as: expected, the retry storm followed",
        "Re: the vendor ticket",
        "Update: still degraded",
        "db-primary: replication lag 40s"
      })
  void anyOtherWordBeforeAColonIsJustText(String typed) {
    EventInput input = parser.parse(typed, UTC);

    assertThat(input.marker()).isEmpty();
    assertThat(input.text()).isEqualTo(typed);
  }

  @Test
  void aMarkerWordWithoutColonIsText() {
    EventInput input = parser.parse("14:03 ack by Ana", UTC);

    assertThat(input.marker()).isEmpty();
    assertThat(input.text()).isEqualTo("ack by Ana");
  }

  @Test
  void lineBreaksAndSpacingInTheTextAreKept() {
    EventInput input = parser.parse("\n 14:03   cause:  bad config\n\n  - region eu-1\n", UTC);

    assertThat(input.when()).contains(instant("2026-11-21T14:03:00Z"));
    assertThat(input.marker()).contains(Marker.CAUSE);
    assertThat(input.text()).isEqualTo("bad config\n\n  - region eu-1");
  }

  @Test
  void aTimeLaterInTheTextIsText() {
    EventInput input = parser.parse("14:03 fix: rolled back the 13:50 deploy", UTC);

    assertThat(input.text()).isEqualTo("rolled back the 13:50 deploy");
  }

  @Test
  void emptyTextMayBeAllowedForEdits() {
    EventInput timeOnly = parser.parse("14:03", UTC, true);
    EventInput markerOnly = parser.parse("restored:", UTC, true);

    assertThat(timeOnly)
        .isEqualTo(
            new EventInput(Optional.of(instant("2026-11-21T14:03:00Z")), Optional.empty(), ""));
    assertThat(markerOnly.marker()).contains(Marker.RESTORED);
    assertThat(markerOnly.text()).isEmpty();
    assertThat(markerOnly.when()).isEmpty();
  }

  @Test
  void aNoBreakSpaceSeparatesWordsToo() {
    EventInput input = parser.parse("14:03\u00a0ack:\u00a0paged", UTC);

    assertThat(input.when()).contains(instant("2026-11-21T14:03:00Z"));
    assertThat(input.marker()).contains(Marker.ACK);
    assertThat(input.text()).isEqualTo("paged");
  }

  @Test
  void theTimeMayFollowTheMarker() {
    EventInput input = parser.parse("ack: 14:03 UTC paged", UTC);

    assertThat(input.when()).contains(instant("2026-11-21T14:03:00Z"));
    assertThat(input.marker()).contains(Marker.ACK);
    assertThat(input.text()).isEqualTo("paged");
  }

  @Test
  void aTimeAfterTheMarkerIsTextWhenATimeCameFirst() {
    EventInput input = parser.parse("-5m fix: 13:50 deploy rolled back", UTC);

    assertThat(input.when()).contains(instant("2026-11-21T14:25:00Z"));
    assertThat(input.text()).isEqualTo("13:50 deploy rolled back");
  }

  @Test
  void aBadTimeAfterTheMarkerIsAnError() {
    var e = problem(() -> parser.parse("ack: 25:03 paged", UTC));

    assertThat(e.problem()).contains("`25:03`");
  }
}
