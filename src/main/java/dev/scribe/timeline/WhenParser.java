package dev.scribe.timeline;

import dev.scribe.common.Times;
import dev.scribe.common.UserFacingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the optional WHEN at the front of a command (see {@code docs/readme/when-and-markers.md}).
 * A word that clearly starts like a time, a date or a "time ago" must be a valid one; anything else
 * is left for the text.
 */
final class WhenParser {

  /** Clocks disagree a little; a time this far ahead of ours still counts as the past. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  private static final Pattern LOOKS_LIKE_DATE = Pattern.compile("^\\d{4}-\\d.*");

  private enum Day {
    UNSAID,
    TODAY,
    YESTERDAY,
    TOMORROW
  }

  private final Instant now;
  private final Words words;
  private final ZoneId userZone;
  private final Usage usage;
  private final int start;

  /** Reads from {@code words} at their cursor; one parser per command typed. */
  WhenParser(Clock clock, Words words, ZoneId userZone, Usage usage) {
    this.now = clock.instant(); // once, so "today" and "in the future" agree
    this.words = words;
    this.userZone = Objects.requireNonNull(userZone, "userZone");
    this.usage = usage;
    this.start = words.position();
  }

  /** The WHEN at the cursor, consuming its words; empty (consuming nothing) when there is none. */
  Optional<Instant> read() {
    Optional<String> first = words.peek();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    String word = first.get();
    Optional<Day> day =
        dayWord(word).filter(d -> words.peek(1).filter(ClockTime::looksLikeTime).isPresent());
    if (day.isPresent()) {
      words.skip(1);
      return Optional.of(clockTime(day.get()));
    }
    if (RelativeTime.looksLikeRelative(word)) {
      words.skip(1);
      return Optional.of(now.minus(RelativeTime.ago(word, usage)));
    }
    if (IsoDateTime.looksLike(word)) {
      words.skip(1);
      return Optional.of(notFuture(iso(word)));
    }
    if (LOOKS_LIKE_DATE.matcher(word).matches()) {
      words.skip(1);
      return Optional.of(dateTime(word));
    }
    if (ClockTime.looksLikeTime(word)) {
      return Optional.of(clockTime(Day.UNSAID));
    }
    return Optional.empty();
  }

  private Instant clockTime(Day day) {
    LocalTime time = time();
    ZoneId zone = zoneSuffix().orElse(userZone);
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate date =
        switch (day) {
          case TODAY -> today;
          case YESTERDAY -> today.minusDays(1);
          case TOMORROW -> today.plusDays(1);
          case UNSAID ->
              isFuture(LocalMoments.lenientInstant(today.atTime(time), zone))
                  ? today.minusDays(1)
                  : today;
        };
    Instant instant = LocalMoments.instant(date.atTime(time), zone, usage);
    return notFuture(instant);
  }

  private Instant dateTime(String dateWord) {
    LocalDate date = LocalMoments.date(dateWord, usage);
    if (words.peek().filter(ClockTime::looksLikeTime).isEmpty()) {
      throw new UserFacingException(
          "After the date `" + dateWord + "` I need a time, like " + dateWord + " 14:03.",
          usage.example(dateWord + " 14:03"));
    }
    LocalTime time = time();
    ZoneId zone = zoneSuffix().orElse(userZone);
    Instant instant = LocalMoments.instant(LocalDateTime.of(date, time), zone, usage);
    return notFuture(instant);
  }

  private Instant iso(String word) {
    IsoDateTime iso = IsoDateTime.parse(word, usage);
    return iso.exact()
        .orElseGet(() -> LocalMoments.instant(iso.local(), zoneSuffix().orElse(userZone), usage));
  }

  /** The time at the cursor, with a separate "am"/"pm" word if one follows. */
  private LocalTime time() {
    String typed = words.peek().orElseThrow();
    words.skip(1);
    Optional<String> meridiem = words.peek().filter(ClockTime::isMeridiem);
    if (meridiem.isPresent()) {
      typed = typed + " " + meridiem.get();
      words.skip(1);
    }
    String shown = typed;
    return ClockTime.parse(typed)
        .orElseThrow(
            () ->
                new UserFacingException(
                    "I couldn't read `" + shown + "` as a time; write it as HH:MM (24-hour clock).",
                    usage.example("14:03")));
  }

  private Optional<ZoneId> zoneSuffix() {
    Optional<ZoneId> zone = words.peek().flatMap(ZoneWords::zone);
    zone.ifPresent(z -> words.skip(1));
    return zone;
  }

  private Instant notFuture(Instant instant) {
    if (isFuture(instant)) {
      throw new UserFacingException(
          "`%s` is in the future: it is now %s. Events are recorded after they happen."
              .formatted(words.consumedSince(start), Times.dateTime(now, userZone)),
          usage.example("14:03"));
    }
    return instant;
  }

  private boolean isFuture(Instant instant) {
    return instant.isAfter(now.plus(CLOCK_SKEW));
  }

  private static Optional<Day> dayWord(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "today" -> Optional.of(Day.TODAY);
      case "yesterday" -> Optional.of(Day.YESTERDAY);
      case "tomorrow" -> Optional.of(Day.TOMORROW);
      default -> Optional.empty();
    };
  }
}
