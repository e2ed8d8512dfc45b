package dev.scribe.render;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps instants to x positions and picks round tick times in the display zone. Ticks step through
 * local time, so they stay on round hours across a daylight-saving change.
 */
final class TimeAxis {

  private static final long[] STEP_MINUTES = {
    1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 43200
  };
  private static final int MAX_TICKS = 9;

  private final Instant from;
  private final Instant to;
  private final int left;
  private final int right;
  private final ZoneId zone;

  TimeAxis(Instant first, Instant last, int left, int right, ZoneId zone) {
    Duration span = Duration.between(first, last);
    if (span.compareTo(Duration.ofMinutes(10)) < 0) {
      span = Duration.ofMinutes(10);
      first = first.minus(Duration.ofMinutes(5));
    }
    Duration pad = span.dividedBy(25);
    this.from = first.minus(pad);
    this.to = first.plus(span).plus(pad);
    this.left = left;
    this.right = right;
    this.zone = zone;
  }

  int x(Instant at) {
    double total = Duration.between(from, to).toMillis();
    double part = Duration.between(from, at).toMillis();
    return left + (int) Math.round((right - left) * part / total);
  }

  /** Round local times between the ends, at most {@value #MAX_TICKS} of them. */
  List<Instant> ticks() {
    long spanMinutes = Math.max(1, Duration.between(from, to).toMinutes());
    long step = STEP_MINUTES[STEP_MINUTES.length - 1];
    for (long candidate : STEP_MINUTES) {
      if (spanMinutes / candidate <= MAX_TICKS) {
        step = candidate;
        break;
      }
    }
    List<Instant> ticks = new ArrayList<>();
    LocalDateTime local = firstTick(step);
    Instant at = local.atZone(zone).toInstant();
    while (!at.isAfter(to) && ticks.size() <= MAX_TICKS * 2) {
      if (!at.isBefore(from) && (ticks.isEmpty() || at.isAfter(ticks.get(ticks.size() - 1)))) {
        ticks.add(at);
      }
      local = local.plusMinutes(step);
      at = local.atZone(zone).toInstant();
    }
    return ticks;
  }

  private LocalDateTime firstTick(long step) {
    LocalDateTime start = from.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    if (step >= 1440) {
      return start.truncatedTo(ChronoUnit.DAYS).plusDays(1);
    }
    long minuteOfDay = start.getHour() * 60L + start.getMinute();
    long rounded = ((minuteOfDay + step - 1) / step) * step;
    return start.truncatedTo(ChronoUnit.DAYS).plusMinutes(rounded);
  }
}
