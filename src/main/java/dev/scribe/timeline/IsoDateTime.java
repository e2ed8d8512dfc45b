package dev.scribe.timeline;

import dev.scribe.common.UserFacingException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ISO-8601 date-time as typed: with its zone or offset ("2019-07-02T13:42Z",
 * "2019-07-02T15:42+02:00") it is exact; without one ("2026-11-21T10:00") it is a local time whose
 * zone comes from elsewhere.
 *
 * @param local the date and time as written
 * @param exact the instant, when a zone or offset was written
 */
record IsoDateTime(LocalDateTime local, Optional<Instant> exact) {

  private static final Pattern LOOKS_LIKE = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}[Tt].*");

  static boolean looksLike(String word) {
    return LOOKS_LIKE.matcher(word).matches();
  }

  static IsoDateTime parse(String word, Usage usage) {
    // The date first, for the friendlier "November 2026 has 30 days".
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
      return new IsoDateTime(zoned.toLocalDateTime(), Optional.of(zoned.toInstant()));
    }
    return new IsoDateTime((LocalDateTime) parsed, Optional.empty());
  }
}
