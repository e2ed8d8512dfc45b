package dev.scribe.actions;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When and how reminders go out.
 *
 * @param remindAt local time of day from which the daily reminder may be sent
 * @param workStart start of working hours, local
 * @param workEnd end of working hours, local (exclusive)
 * @param workingDays days on which reminders are sent
 * @param interval how often {@code serve} runs the sweep
 * @param escalateAfter how long an item may be overdue before the incident owner is told; empty
 *     turns escalation off
 * @param digestChannel where the weekly digest is posted; empty means no digest
 * @param digestDay the digest's day of the week
 * @param fallbackZone the zone of users whose Slack zone is unknown, and of the digest
 */
public record ReminderSettings(
    LocalTime remindAt,
    LocalTime workStart,
    LocalTime workEnd,
    Set<DayOfWeek> workingDays,
    Duration interval,
    Optional<Period> escalateAfter,
    Optional<String> digestChannel,
    DayOfWeek digestDay,
    ZoneId fallbackZone) {

  public ReminderSettings {
    Objects.requireNonNull(remindAt, "remindAt");
    Objects.requireNonNull(workStart, "workStart");
    Objects.requireNonNull(workEnd, "workEnd");
    workingDays = Set.copyOf(workingDays);
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(escalateAfter, "escalateAfter");
    Objects.requireNonNull(digestChannel, "digestChannel");
    Objects.requireNonNull(digestDay, "digestDay");
    Objects.requireNonNull(fallbackZone, "fallbackZone");
    if (!workStart.isBefore(workEnd)) {
      throw new IllegalArgumentException("working hours must start before they end");
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the sweep interval must be positive");
    }
  }

  /**
   * Written out rather than the record's own: that one is built at its first call through method
   * handles, which cost about a tenth of start-up (the configuration is logged at start). Days in
   * week order, not the set's.
   */
  @Override
  public String toString() {
    return "ReminderSettings[remindAt="
        + remindAt
        + ", workStart="
        + workStart
        + ", workEnd="
        + workEnd
        + ", workingDays="
        + new TreeSet<>(workingDays)
        + ", interval="
        + interval
        + ", escalateAfter="
        + escalateAfter
        + ", digestChannel="
        + digestChannel
        + ", digestDay="
        + digestDay
        + ", fallbackZone="
        + fallbackZone
        + "]";
  }

  /**
   * 09:00 local, working hours 09:00–18:00 Mon–Fri, every 15 min, escalate after 7 days, no digest.
   */
  public static ReminderSettings defaults() {
    return new ReminderSettings(
        LocalTime.of(9, 0),
        LocalTime.of(9, 0),
        LocalTime.of(18, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        Duration.ofMinutes(15),
        Optional.of(Period.ofDays(7)),
        Optional.empty(),
        DayOfWeek.MONDAY,
        ZoneOffset.UTC);
  }

  /**
   * Reads {@code SCRIBE_REMINDER_TIME}, {@code SCRIBE_WORKING_HOURS}, {@code SCRIBE_WORKING_DAYS},
   * {@code SCRIBE_REMINDER_INTERVAL}, {@code SCRIBE_ESCALATE_AFTER}, {@code SCRIBE_DIGEST_CHANNEL},
   * {@code SCRIBE_DIGEST_DAY} (and {@code SCRIBE_TIMEZONE}, whose problems the main config
   * reports). Each invalid value adds one sentence to {@code problems} and its default is kept.
   */
  public static ReminderSettings fromEnvironment(Map<String, String> env, List<String> problems) {
    return new ReminderSettingsReader(env, problems).read(defaults());
  }
}
