package dev.scribe.actions;

import dev.scribe.workspace.WorkspaceSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Who is reminded of what, and when: pure decisions over a clock reading, zones and settings.
 *
 * <p>An open item is overdue once its due day has passed in the recipient's zone (an item due today
 * is not). Each recipient gets at most one reminder a day, from {@code remindAt} until the end of
 * working hours on a working day. A snoozed item is left out until its snooze day. An item overdue
 * for {@code escalateAfter} is also listed to the incident's owner (unless they are the one
 * reminded anyway). The incident's state plays no part: reminders go on after it is resolved.
 */
public final class ReminderPolicy {

  static final Comparator<IncidentAction> MOST_OVERDUE_FIRST =
      Comparator.comparing((IncidentAction a) -> a.item().dueDate())
          .thenComparing(a -> a.incident().publicId())
          .thenComparingInt(a -> a.item().number());

  private final ReminderSettings settings;

  public ReminderPolicy(ReminderSettings settings) {
    this.settings = settings;
  }

  /**
   * How far back the sweep looks for late post-mortems: the longest due setting, and a week in
   * which a reminder not sent (Scribe stopped, Slack down, a long weekend) is still sent.
   */
  public static final Duration POSTMORTEM_CATCH_UP = Duration.ofDays(7);

  public static final Duration POSTMORTEM_LOOKBACK =
      Duration.ofDays(WorkspaceSettings.MAX_POSTMORTEM_DUE_DAYS).plus(POSTMORTEM_CATCH_UP);

  /**
   * A reminder to send now: the key to claim, the recipient's zone, and the items or post-mortems
   * it lists.
   */
  public record Planned(
      ReminderKey key, ZoneId zone, List<IncidentAction> items, List<DuePostmortem> postmortems) {
    public Planned {
      items = List.copyOf(items);
      postmortems = List.copyOf(postmortems);
    }

    public Planned(ReminderKey key, ZoneId zone, List<IncidentAction> items) {
      this(key, zone, items, List.of());
    }
  }

  /** Whether someone in {@code zone} may get a reminder at {@code now}. */
  public boolean isReminderTime(Instant now, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    LocalTime time = local.toLocalTime();
    LocalTime from =
        settings.remindAt().isAfter(settings.workStart())
            ? settings.remindAt()
            : settings.workStart();
    return settings.workingDays().contains(local.getDayOfWeek())
        && !time.isBefore(from)
        && time.isBefore(settings.workEnd());
  }

  /** Open, with a due day before {@code today}. */
  public static boolean isOverdue(ActionItem item, LocalDate today) {
    return item.isOpen() && item.due().map(d -> d.isBefore(today)).orElse(false);
  }

  /** Silenced by "Snooze" until its snooze day. */
  public static boolean isSnoozed(ActionItem item, LocalDate today) {
    return item.snoozedUntil() != null && today.isBefore(item.snoozedUntil());
  }

  /** Overdue for at least the escalation period. */
  public boolean isEscalated(ActionItem item, LocalDate today) {
    return isOverdue(item, today)
        && settings.escalateAfter().map(p -> !item.dueDate().plus(p).isAfter(today)).orElse(false);
  }

  /** Whether the weekly digest is due now (its day, from the reminder time, in the digest zone). */
  public boolean isDigestTime(Instant now) {
    ZonedDateTime local = now.atZone(settings.fallbackZone());
    return settings.digestChannel().isPresent()
        && local.getDayOfWeek() == settings.digestDay()
        && !local.toLocalTime().isBefore(settings.remindAt());
  }

  /**
   * The reminders and escalations due now among one workspace's candidate items, one per recipient
   * and kind; {@code zoneOf} gives each user's zone.
   */
  public List<Planned> plan(
      Instant now,
      String teamId,
      List<IncidentAction> candidates,
      Function<String, ZoneId> zoneOf) {
    Map<String, List<IncidentAction>> reminders = new LinkedHashMap<>();
    Map<String, List<IncidentAction>> escalations = new LinkedHashMap<>();
    for (IncidentAction a : candidates) {
      Optional<String> responsible = a.responsible();
      if (responsible.isPresent()
          && isOwed(a.item(), today(now, zoneOf.apply(responsible.get())))) {
        reminders.computeIfAbsent(responsible.get(), k -> new ArrayList<>()).add(a);
      }
      Optional<String> boss = a.escalationRecipient();
      if (boss.isPresent() && isEscalatedAndAwake(a.item(), today(now, zoneOf.apply(boss.get())))) {
        escalations.computeIfAbsent(boss.get(), k -> new ArrayList<>()).add(a);
      }
    }
    List<Planned> planned = new ArrayList<>();
    collect(now, teamId, ReminderKind.REMINDER, reminders, zoneOf, planned);
    collect(now, teamId, ReminderKind.ESCALATION, escalations, zoneOf, planned);
    return planned;
  }

  private boolean isOwed(ActionItem item, LocalDate today) {
    return isOverdue(item, today) && !isSnoozed(item, today);
  }

  private boolean isEscalatedAndAwake(ActionItem item, LocalDate today) {
    return isEscalated(item, today) && !isSnoozed(item, today);
  }

  private void collect(
      Instant now,
      String teamId,
      ReminderKind kind,
      Map<String, List<IncidentAction>> byRecipient,
      Function<String, ZoneId> zoneOf,
      List<Planned> out) {
    byRecipient.forEach(
        (recipient, items) -> {
          ZoneId zone = zoneOf.apply(recipient);
          if (isReminderTime(now, zone)) {
            items.sort(MOST_OVERDUE_FIRST);
            out.add(
                new Planned(
                    new ReminderKey(teamId, recipient, today(now, zone), kind), zone, items));
          }
        });
  }

  /**
   * The post-mortem reminders due now among one workspace's late post-mortems: each recipient (the
   * facilitator, else the owner, else who declared the incident) is told <b>once per day on which
   * some of theirs became due</b> — the key's period is that due day, not today — at the first
   * reminder time on or after it. Nothing is owed for a post-mortem due more than {@link
   * #POSTMORTEM_CATCH_UP} ago: after an upgrade, years of old incidents do not all remind at once.
   */
  public List<Planned> planPostmortems(
      Instant now, String teamId, List<DuePostmortem> late, Function<String, ZoneId> zoneOf) {
    Map<String, Map<LocalDate, List<DuePostmortem>>> byRecipient = new LinkedHashMap<>();
    for (DuePostmortem p : late) {
      if (!p.isReminded() || p.dueAt().isAfter(now)) {
        continue;
      }
      ZoneId zone = zoneOf.apply(p.recipient());
      LocalDate dueDay = p.dueAt().atZone(zone).toLocalDate();
      if (dueDay.isBefore(today(now, zone).minusDays(POSTMORTEM_CATCH_UP.toDays()))) {
        continue;
      }
      byRecipient
          .computeIfAbsent(p.recipient(), k -> new TreeMap<>())
          .computeIfAbsent(dueDay, k -> new ArrayList<>())
          .add(p);
    }
    List<Planned> planned = new ArrayList<>();
    byRecipient.forEach(
        (recipient, byDay) -> {
          ZoneId zone = zoneOf.apply(recipient);
          if (isReminderTime(now, zone)) {
            byDay.forEach(
                (day, due) ->
                    planned.add(
                        new Planned(
                            new ReminderKey(teamId, recipient, day, ReminderKind.POSTMORTEM_DUE),
                            zone,
                            List.of(),
                            due)));
          }
        });
    return planned;
  }

  static LocalDate today(Instant now, ZoneId zone) {
    return now.atZone(zone).toLocalDate();
  }
}
