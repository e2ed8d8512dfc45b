package dev.scribe.timeline;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a zone written after a time: an abbreviation ("CET", "PT"), an offset ("+02:00",
 * "UTC+5:30"), or a tzdb region id ("Europe/Paris").
 *
 * <p>Summer and standard abbreviations are fixed offsets, because that is what they name: "CEST" is
 * +02:00 even in January. The bare US names (ET, CT, MT, PT) follow the region's clocks. Java's own
 * "CET" or "EST5EDT" ids are not used: the first carries daylight saving and the second is not what
 * anyone types. Region ids are accepted only in Area/City form, so ordinary words such as "Poland"
 * or "Japan" (also tzdb ids) starting the text are never taken for a zone.
 */
final class ZoneWords {

  private static final Map<String, ZoneId> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("UTC", ZoneOffset.UTC),
          Map.entry("GMT", ZoneOffset.UTC),
          Map.entry("Z", ZoneOffset.UTC),
          Map.entry("WET", ZoneOffset.ofHours(0)),
          Map.entry("WEST", ZoneOffset.ofHours(1)),
          Map.entry("BST", ZoneOffset.ofHours(1)),
          Map.entry("CET", ZoneOffset.ofHours(1)),
          Map.entry("CEST", ZoneOffset.ofHours(2)),
          Map.entry("EET", ZoneOffset.ofHours(2)),
          Map.entry("EEST", ZoneOffset.ofHours(3)),
          Map.entry("MSK", ZoneOffset.ofHours(3)),
          Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
          Map.entry("SGT", ZoneOffset.ofHours(8)),
          Map.entry("HKT", ZoneOffset.ofHours(8)),
          Map.entry("JST", ZoneOffset.ofHours(9)),
          Map.entry("KST", ZoneOffset.ofHours(9)),
          Map.entry("AEST", ZoneOffset.ofHours(10)),
          Map.entry("AEDT", ZoneOffset.ofHours(11)),
          Map.entry("NZST", ZoneOffset.ofHours(12)),
          Map.entry("NZDT", ZoneOffset.ofHours(13)),
          Map.entry("EST", ZoneOffset.ofHours(-5)),
          Map.entry("EDT", ZoneOffset.ofHours(-4)),
          Map.entry("CST", ZoneOffset.ofHours(-6)),
          Map.entry("CDT", ZoneOffset.ofHours(-5)),
          Map.entry("MST", ZoneOffset.ofHours(-7)),
          Map.entry("MDT", ZoneOffset.ofHours(-6)),
          Map.entry("PST", ZoneOffset.ofHours(-8)),
          Map.entry("PDT", ZoneOffset.ofHours(-7)),
          Map.entry("AKST", ZoneOffset.ofHours(-9)),
          Map.entry("AKDT", ZoneOffset.ofHours(-8)),
          Map.entry("HST", ZoneOffset.ofHours(-10)),
          Map.entry("ET", ZoneId.of("America/New_York")),
          Map.entry("CT", ZoneId.of("America/Chicago")),
          Map.entry("MT", ZoneId.of("America/Denver")),
          Map.entry("PT", ZoneId.of("America/Los_Angeles")));

  private static final Map<String, ZoneId> REGIONS =
      ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.contains("/"))
          .collect(
              Collectors.toUnmodifiableMap(
                  id -> id.toLowerCase(Locale.ROOT), ZoneId::of, (a, b) -> a));

  /** "+2", "+02", "+0200", "+02:00", "-5:30", optionally after "UTC" or "GMT". */
  private static final Pattern OFFSET =
      Pattern.compile("(?i)(?:UTC|GMT)?([+-])(\\d{1,2})(?::?(\\d{2}))?");

  private ZoneWords() {}

  /** The zone the word names, if it names one. */
  static Optional<ZoneId> zone(String word) {
    ZoneId abbreviation = ABBREVIATIONS.get(word.toUpperCase(Locale.ROOT));
    if (abbreviation != null) {
      return Optional.of(abbreviation);
    }
    Matcher offset = OFFSET.matcher(word);
    if (offset.matches()) {
      return offset(offset);
    }
    return Optional.ofNullable(REGIONS.get(word.toLowerCase(Locale.ROOT)));
  }

  private static Optional<ZoneId> offset(Matcher m) {
    int sign = m.group(1).equals("-") ? -1 : 1;
    int hours = Integer.parseInt(m.group(2));
    int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    try {
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
