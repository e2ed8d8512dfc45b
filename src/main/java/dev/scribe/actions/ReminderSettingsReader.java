package dev.scribe.actions;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@link ReminderSettings} from environment variables, collecting every problem. */
final class ReminderSettingsReader {

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,6})\\s*(s|m|min|h|d|w)");
  private static final Pattern HOURS =
      Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");
  private static final Pattern CHANNEL = Pattern.compile("[CG][A-Z0-9]{2,}");

  private final Map<String, String> env;
  private final List<String> problems;

  ReminderSettingsReader(Map<String, String> env, List<String> problems) {
    this.env = env;
    this.problems = problems;
  }

  ReminderSettings read(ReminderSettings d) {
    LocalTime remindAt =
        value("SCRIBE_REMINDER_TIME", "a time of day such as 09:00", v -> LocalTime.parse(pad(v)))
            .orElse(d.remindAt());
    LocalTime[] hours =
        value("SCRIBE_WORKING_HOURS", "a range such as 09:00-18:00", ReminderSettingsReader::hours)
            .orElse(new LocalTime[] {d.workStart(), d.workEnd()});
    Set<DayOfWeek> days =
        value(
                "SCRIBE_WORKING_DAYS",
                "days such as MON-FRI or MON,TUE,THU",
                ReminderSettingsReader::days)
            .orElse(d.workingDays());
    Duration interval =
        value(
                "SCRIBE_REMINDER_INTERVAL",
                "a duration of at least 10 seconds: a number and a unit (s, m, h, d or w, such as"
                    + " 30s, 15m or 1h) or ISO-8601 (PT15M)",
                ReminderSettingsReader::interval)
            .orElse(d.interval());
    Optional<Period> escalate =
        value(
                "SCRIBE_ESCALATE_AFTER",
                "a number of days such as 7d, 2w or off",
                ReminderSettingsReader::escalation)
            .orElse(d.escalateAfter());
    Optional<String> channel =
        value(
                "SCRIBE_DIGEST_CHANNEL",
                "a channel ID such as C0123ABCD",
                ReminderSettingsReader::channel)
            .orElse(d.digestChannel());
    DayOfWeek digestDay =
        value("SCRIBE_DIGEST_DAY", "a day such as MON or monday", ReminderSettingsReader::day)
            .orElse(d.digestDay());
    ZoneId zone = quietZone().orElse(d.fallbackZone());
    return new ReminderSettings(
        remindAt, hours[0], hours[1], days, interval, escalate, channel, digestDay, zone);
  }

  /** A function that reads a value or throws; any exception means "invalid". */
  private interface Reader<T> {
    T read(String value);
  }

  private <T> Optional<T> value(String name, String expected, Reader<T> reader) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(reader.read(raw.strip()));
    } catch (RuntimeException e) {
      problems.add(name + " is `" + raw + "`, which is not " + expected + ".");
      return Optional.empty();
    }
  }

  private Optional<ZoneId> quietZone() {
    try {
      return Optional.ofNullable(env.get("SCRIBE_TIMEZONE"))
          .filter(z -> !z.isBlank())
          .map(ZoneId::of);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String pad(String time) {
    return time.length() == 4 ? "0" + time : time;
  }

  private static LocalTime[] hours(String v) {
    Matcher m = HOURS.matcher(v);
    if (!m.matches()) {
      throw new IllegalArgumentException(v);
    }
    LocalTime start = LocalTime.parse(pad(m.group(1)));
    LocalTime end = LocalTime.parse(pad(m.group(2)));
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("start after end");
    }
    return new LocalTime[] {start, end};
  }

  static Set<DayOfWeek> days(String v) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : v.split(",")) {
      String[] range = part.strip().split("-");
      if (range.length == 1) {
        days.add(day(range[0]));
      } else if (range.length == 2) {
        DayOfWeek from = day(range[0]);
        DayOfWeek to = day(range[1]);
        for (DayOfWeek x = from; ; x = x.plus(1)) {
          days.add(x);
          if (x == to) {
            break;
          }
        }
      } else {
        throw new IllegalArgumentException(part);
      }
    }
    return days;
  }

  static DayOfWeek day(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      String full = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (w.length() >= 2 && full.startsWith(w)) {
        return d;
      }
    }
    throw new IllegalArgumentException(word);
  }

  private static Duration interval(String v) {
    Duration d = duration(v);
    if (d.compareTo(Duration.ofSeconds(10)) < 0) {
      throw new IllegalArgumentException("too short");
    }
    return d;
  }

  private static Duration duration(String v) {
    Matcher m = SHORT_DURATION.matcher(v.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "s":
          return Duration.ofSeconds(n);
        case "m":
        case "min":
          return Duration.ofMinutes(n);
        case "h":
          return Duration.ofHours(n);
        case "d":
          return Duration.ofDays(n);
        default:
          return Duration.ofDays(7 * n);
      }
    }
    try {
      return Duration.parse(v.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      return Duration.ofDays(Period.parse(v.toUpperCase(Locale.ROOT)).getDays());
    }
  }

  private static Optional<Period> escalation(String v) {
    String w = v.toLowerCase(Locale.ROOT);
    if (w.equals("off") || w.equals("never") || w.equals("0")) {
      return Optional.empty();
    }
    Duration d = duration(v);
    if (d.toDays() < 1 || !d.equals(Duration.ofDays(d.toDays()))) {
      throw new IllegalArgumentException("whole days only");
    }
    return Optional.of(Period.ofDays((int) d.toDays()));
  }

  private static Optional<String> channel(String v) {
    if (!CHANNEL.matcher(v).matches()) {
      throw new IllegalArgumentException(v);
    }
    return Optional.of(v);
  }
}
