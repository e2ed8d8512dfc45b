package dev.scribe.timeline;

import dev.scribe.common.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads {@code [WHEN] [MARKER:] TEXT}, what responders type after {@code /pm event} and {@code /pm
 * edit N}, and a lone WHEN after {@code /pm resolve}. Every mistake becomes a {@link
 * UserFacingException} with a correct example. The forms are listed in {@code
 * docs/readme/when-and-markers.md}.
 *
 * <p>The marker may also come first ({@code ack: 14:03 paged}), which people often type.
 *
 * <p>Clock times without a date are the most recent such time in the zone (the user's own, or the
 * one written after the time), allowing two minutes of clock skew: "23:50" typed at 00:05 is
 * yesterday's, "14:03" typed at 14:02:30 is today's. A local time that happens twice when clocks go
 * back is the earlier of the two instants; one skipped when clocks go forward is an error.
 */
public final class EventInputParser {

  /** Slack refuses section-block text longer than this. */
  static final int MAX_TEXT_CHARS = 3_000;

  private static final String EXAMPLE = "/pm event 14:03 ack: on-call acknowledged the page";

  private final Clock clock;

  public EventInputParser(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** {@code [WHEN] [MARKER:] TEXT}, where TEXT is required. */
  public EventInput parse(String input, ZoneId userZone) {
    return parse(input, userZone, false);
  }

  /** {@code [WHEN] [MARKER:] TEXT}; TEXT may be empty only when {@code allowEmptyText}. */
  public EventInput parse(String input, ZoneId userZone, boolean allowEmptyText) {
    Words words = new Words(Objects.requireNonNullElse(input, ""));
    Optional<Instant> when = new WhenParser(clock, words, userZone, Usage.EVENT).read();
    MarkerReader.Read read = MarkerReader.read(words.rest());
    String text = read.text();
    if (when.isEmpty() && read.marker().isPresent()) {
      // "ack: 14:03 paged" is a common slip for "14:03 ack: paged"; taking "14:03" as text would
      // silently record the wrong time.
      Words afterMarker = new Words(text);
      when = new WhenParser(clock, afterMarker, userZone, Usage.EVENT).read();
      text = afterMarker.rest();
    }
    checkText(text, allowEmptyText);
    return new EventInput(when, read.marker(), text);
  }

  private static void checkText(String text, boolean allowEmptyText) {
    if (text.isEmpty() && !allowEmptyText) {
      throw new UserFacingException(
          "Tell me what happened: the text after the time and marker is empty.", EXAMPLE);
    }
    int length = text.codePointCount(0, text.length());
    if (length > MAX_TEXT_CHARS) {
      throw new UserFacingException(
          String.format(
              Locale.ROOT,
              "The text is %,d characters; Slack shows at most %,d in one block. Split it into"
                  + " several events.",
              length,
              MAX_TEXT_CHARS),
          EXAMPLE);
    }
  }

  /** A WHEN alone, as after {@code /pm resolve}; empty input gives {@code Optional.empty()}. */
  public Optional<Instant> parseWhenOnly(String input, ZoneId userZone) {
    Words words = new Words(Objects.requireNonNullElse(input, ""));
    Optional<Instant> when = new WhenParser(clock, words, userZone, Usage.RESOLVE).read();
    if (!words.atEnd()) {
      String typed = Objects.requireNonNull(input).strip();
      throw new UserFacingException(
          "I couldn't read `" + typed + "` as a time.", Usage.RESOLVE.example("14:03"));
    }
    return when;
  }
}
