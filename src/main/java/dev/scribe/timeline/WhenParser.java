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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
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
  private static final Pattern LOOKS_LIKE_ISO = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}[Tt].*");

  private enum Day {
    UNSAID,
    TODAY,
    YESTERDAY,
    TOMORROW
  }

  private final Clock clock;

  WhenParser(Clock clock) {
    this.clock = clock;
  }

  /** The WHEN at the cursor, consuming its words; empty (consuming nothing) when there is none. */
  Optional<Instant> read(Words words, ZoneId userZone, Usage usage) {
    Optional<String> first = words.peek();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    String word = first.get();
    int mark = words.position();
    Optional<Day> day =
        dayWord(word).filter(d -> words.peek(1).filter(ClockTime::looksLikeTime).isPresent());
    if (day.isPresent()) {
      words.skip(1);
      return Optional.of(clockTime(words, mark, day.get(), userZone, usage));
    }
    if (RelativeTime.looksLikeRelative(word)) {
      words.skip(1);
      return Optional.of(now().minus(RelativeTime.ago(word, usage)));
    }
    if (LOOKS_LIKE_ISO.matcher(word).matches()) {
      words.skip(1);
      return Optional.of(
          notFuture(iso(word, words, userZone, usage), words, mark, userZone, usage));
    }
    if (LOOKS_LIKE_DATE.matcher(word).matches()) {
      words.skip(1);
      return Optional.of(dateTime(word, words, mark, userZone, usage));
    }
    if (ClockTime.looksLikeTime(word)) {
      return Optional.of(clockTime(words, mark, Day.UNSAID, userZone, usage));
    }
    return Optional.empty();
  }

  private Instant clockTime(Words words, int mark, Day day, ZoneId userZone, Usage usage) {
    LocalTime time = time(words, usage);
    ZoneId zone = zoneSuffix(words).orElse(userZone);
    LocalDate today = LocalDate.ofInstant(now(), zone);
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
    return notFuture(instant, words, mark, userZone, usage);
  }

  private Instant dateTime(String dateWord, Words words, int mark, ZoneId userZone, Usage usage) {
    LocalDate date = LocalMoments.date(dateWord, usage);
    if (words.peek().filter(ClockTime::looksLikeTime).isEmpty()) {
      throw new UserFacingException(
          "After the date `" + dateWord + "` I need a time, like " + dateWord + " 14:03.",
          usage.example(dateWord + " 14:03"));
    }
    LocalTime time = time(words, usage);
    ZoneId zone = zoneSuffix(words).orElse(userZone);
    Instant instant = LocalMoments.instant(LocalDateTime.of(date, time), zone, usage);
    return notFuture(instant, words, mark, userZone, usage);
  }

  private Instant iso(String word, Words words, ZoneId userZone, Usage usage) {
    LocalMoments.date(word.substring(0, word.toUpperCase(Locale.ROOT).indexOf('T')), usage);
    TemporalAccessor parsed;
    try {
      parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(word, ZonedDateTime::from, LocalDateTime::from);
    } catch (DateTimeParseException e) {
      throw new UserFacingException(
          "I couldn't read `" + word + "` as an ISO-8601 date and time.",
          usage.example("2019-07-02T13:42Z"));
    }
    if (parsed instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    ZoneId zone = zoneSuffix(words).orElse(userZone);
    return LocalMoments.instant((LocalDateTime) parsed, zone, usage);
  }

  /** The time at the cursor, with a separate "am"/"pm" word if one follows. */
  private static LocalTime time(Words words, Usage usage) {
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

  private static Optional<ZoneId> zoneSuffix(Words words) {
    Optional<ZoneId> zone = words.peek().flatMap(ZoneWords::zone);
    zone.ifPresent(z -> words.skip(1));
    return zone;
  }

  private Instant notFuture(Instant instant, Words words, int mark, ZoneId userZone, Usage usage) {
    if (isFuture(instant)) {
      throw new UserFacingException(
          "`%s` is in the future: it is now %s. Events are recorded after they happen."
              .formatted(words.consumedSince(mark), Times.dateTime(now(), userZone)),
          usage.example("14:03"));
    }
    return instant;
  }

  private boolean isFuture(Instant instant) {
    return instant.isAfter(now().plus(CLOCK_SKEW));
  }

  private Instant now() {
    return clock.instant();
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
