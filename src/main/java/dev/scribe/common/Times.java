package dev.scribe.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How instants and durations are shown to people: full dates, the zone, and UTC alongside. */
public final class Times {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter ZONE_ABBREVIATION =
      DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

  private Times() {}

  /** "2026-11-21 14:03 CET (13:03 UTC)"; just "2026-11-21 13:03 UTC" when the zone is UTC. */
  public static String dateTime(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    String shown = DATE_TIME.format(local) + " " + zoneName(local);
    if (isUtc(zone, instant)) {
      return shown;
    }
    ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
    String utcPart =
        utc.toLocalDate().equals(local.toLocalDate()) ? TIME.format(utc) : DATE_TIME.format(utc);
    return shown + " (" + utcPart + " UTC)";
  }

  /** "2026-11-21 13:03 UTC". */
  public static String utc(Instant instant) {
    return DATE_TIME.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
  }

  /** "CET" / "CEST" / "UTC", or the offset when the zone has no short name. */
  public static String zoneName(ZonedDateTime at) {
    if (isUtc(at.getZone(), at.toInstant())) {
      return "UTC";
    }
    return ZONE_ABBREVIATION.format(at);
  }

  private static boolean isUtc(ZoneId zone, Instant at) {
    return zone.normalized().equals(ZoneOffset.UTC)
        || zone.getId().equals("UTC")
        || zone.getId().equals("Etc/UTC")
        || (zone.getRules().getOffset(at).equals(ZoneOffset.UTC) && zone.getId().startsWith("GMT"));
  }

  /** "45 s", "7 min", "2 h 05 min", "1 d 3 h 10 min"; a negative duration gets a leading "−". */
  public static String duration(Duration duration) {
    // Truncate first so that half a second early reads "0 s", not "−0 s".
    Duration d = duration.abs().truncatedTo(ChronoUnit.SECONDS);
    String sign = duration.isNegative() && !d.isZero() ? "−" : "";
    long days = d.toDays();
    long hours = d.toHoursPart();
    long minutes = d.toMinutesPart();
    long seconds = d.toSecondsPart();
    if (days == 0 && hours == 0 && minutes == 0) {
      return sign + seconds + " s";
    }
    if (days == 0 && hours == 0) {
      return sign + minutes + " min" + (seconds > 0 && minutes < 10 ? " " + seconds + " s" : "");
    }
    if (days == 0) {
      return sign + hours + " h " + String.format(Locale.ROOT, "%02d", minutes) + " min";
    }
    return sign + days + " d " + hours + " h " + minutes + " min";
  }

  /**
   * A span someone chose, in the largest unit that shows it whole: "2 d", "24 h", "90 min"; "0 min"
   * for none.
   */
  public static String span(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes != 0 && minutes % (24 * 60) == 0 && minutes / (24 * 60) > 1) {
      return minutes / (24 * 60) + " d";
    }
    if (minutes != 0 && minutes % 60 == 0) {
      return minutes / 60 + " h";
    }
    return minutes + " min";
  }
}
