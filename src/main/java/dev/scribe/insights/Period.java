package dev.scribe.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A span of whole days in a zone: the incidents declared from the start of {@code firstDay} up to
 * the end of {@code lastDay}, both included.
 *
 * @param firstDay the first day counted
 * @param lastDay the last day counted (may be after today for a calendar period not over yet)
 * @param zone where the days begin and end
 * @param name what the user asked for, in words: "last 30 days", "2026-Q3"
 */
public record Period(LocalDate firstDay, LocalDate lastDay, ZoneId zone, String name) {

  public Period {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(name, "name");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException(
          "period ends before it starts: " + firstDay + " " + lastDay);
    }
  }

  /** The first instant counted. */
  public Instant from() {
    return firstDay.atStartOfDay(zone).toInstant();
  }

  /** The first instant no longer counted. */
  public Instant until() {
    return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** "last 30 days (2026-10-25 – 2026-11-23, Europe/Berlin)". */
  public String describe() {
    String where = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    return name + " (" + firstDay + " – " + lastDay + ", " + where + ")";
  }
}
