package dev.scribe.actions;

import dev.scribe.common.Transactor;
import dev.scribe.common.UserDirectory;
import dev.scribe.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One pass of "query overdue → group by recipient → enqueue", safe to run from several processes at
 * once: each reminder goes into the {@link Outbox} under its key (recipient, local day, kind),
 * which stores it once however many sweeps plan it; the outbox then delivers it once. The same pass
 * enqueues the reminders of post-mortems due and not Final ({@link ReminderKind#POSTMORTEM_DUE}),
 * keyed by the day each became due, so each is sent once.
 */
public final class ReminderSweep {

  private final ActionItemRepository items;
  private final LatePostmortems postmortems;
  private final Outbox outbox;
  private final Transactor transactor;
  private final UserDirectory users;
  private final ReminderSettings settings;
  private final ReminderPolicy policy;
  private final Clock clock;

  public ReminderSweep(
      ActionItemRepository items,
      Outbox outbox,
      Transactor transactor,
      UserDirectory users,
      ReminderSettings settings,
      Clock clock) {
    this(items, LatePostmortems.none(), outbox, transactor, users, settings, clock);
  }

  /** A sweep that also reminds facilitators of post-mortems due and not Final. */
  public ReminderSweep(
      ActionItemRepository items,
      LatePostmortems postmortems,
      Outbox outbox,
      Transactor transactor,
      UserDirectory users,
      ReminderSettings settings,
      Clock clock) {
    this.items = items;
    this.postmortems = postmortems;
    this.outbox = outbox;
    this.transactor = transactor;
    this.users = users;
    this.settings = settings;
    this.policy = new ReminderPolicy(settings);
    this.clock = clock;
  }

  /** Enqueues every reminder, escalation and digest due now that is not in the outbox yet. */
  public SweepReport run() {
    Instant now = clock.instant();
    // The latest calendar day anywhere on Earth: items due before it may be overdue for someone.
    LocalDate horizon = now.atOffset(ZoneOffset.MAX).toLocalDate();
    Map<String, List<IncidentAction>> byTeam =
        items.openDueBeforeInAllWorkspaces(horizon).stream()
            .collect(
                Collectors.groupingBy(IncidentAction::teamId, TreeMap::new, Collectors.toList()));
    SweepReport report = SweepReport.empty();
    for (Map.Entry<String, List<IncidentAction>> team : byTeam.entrySet()) {
      List<ReminderDue> planned = new ArrayList<>();
      for (ReminderPolicy.Planned p :
          policy.plan(now, team.getKey(), team.getValue(), zones(team.getKey()))) {
        planned.add(new ReminderDue(p.key(), p.zone(), p.items(), 0));
      }
      report = report.plus(enqueue(now, team.getKey(), planned));
    }
    if (policy.isDigestTime(now)) {
      report = report.plus(digests(now, byTeam));
    }
    return report.plus(postmortemReminders(now));
  }

  /** Facilitators of post-mortems due and not Final, each told once per due day. */
  private SweepReport postmortemReminders(Instant now) {
    Map<String, List<DuePostmortem>> byTeam =
        postmortems.notFinalResolvedSince(now.minus(ReminderPolicy.POSTMORTEM_LOOKBACK)).stream()
            .collect(
                Collectors.groupingBy(DuePostmortem::teamId, TreeMap::new, Collectors.toList()));
    SweepReport report = SweepReport.empty();
    for (Map.Entry<String, List<DuePostmortem>> team : byTeam.entrySet()) {
      List<ReminderDue> planned = new ArrayList<>();
      for (ReminderPolicy.Planned p :
          policy.planPostmortems(now, team.getKey(), team.getValue(), zones(team.getKey()))) {
        planned.add(new ReminderDue(p.key(), p.zone(), List.of(), 0, p.postmortems()));
      }
      report = report.plus(enqueue(now, team.getKey(), planned));
    }
    return report;
  }

  /**
   * Puts one workspace's planned reminders in the outbox in one transaction; those already there
   * are skipped after one read, without a write.
   */
  private SweepReport enqueue(Instant now, String team, List<ReminderDue> planned) {
    Set<String> known =
        outbox.enqueuedKeys(
            team,
            ReminderDue.KIND,
            planned.stream().map(d -> ReminderDue.dedupeKey(d.key())).toList());
    List<ReminderDue> fresh =
        planned.stream().filter(d -> !known.contains(ReminderDue.dedupeKey(d.key()))).toList();
    int enqueued =
        fresh.isEmpty()
            ? 0
            : transactor.inTransaction(
                () -> (int) fresh.stream().filter(d -> outbox.enqueue(d.message(), now)).count());
    return new SweepReport(enqueued, planned.size() - enqueued);
  }

  /** One digest per workspace with open items; its overdue items are among those already read. */
  private SweepReport digests(Instant now, Map<String, List<IncidentAction>> byTeam) {
    String channel = settings.digestChannel().orElseThrow();
    ZoneId zone = settings.fallbackZone();
    LocalDate today = ReminderPolicy.today(now, zone);
    SweepReport report = SweepReport.empty();
    for (String team : items.teamsWithOpenItems()) {
      ReminderKey key = new ReminderKey(team, channel, today, ReminderKind.DIGEST);
      String dedupeKey = ReminderDue.dedupeKey(key);
      if (!outbox.enqueuedKeys(team, ReminderDue.KIND, List.of(dedupeKey)).isEmpty()) {
        report = report.plus(new SweepReport(0, 1));
        continue;
      }
      List<IncidentAction> overdue =
          byTeam.getOrDefault(team, List.of()).stream()
              .filter(a -> ReminderPolicy.isOverdue(a.item(), today))
              .sorted(ReminderPolicy.MOST_OVERDUE_FIRST)
              .toList();
      ReminderDue digest = new ReminderDue(key, zone, overdue, items.countOpen(team));
      report = report.plus(enqueue(now, team, List.of(digest)));
    }
    return report;
  }

  /** Each user's zone, asked once per sweep. */
  private Function<String, ZoneId> zones(String team) {
    Map<String, ZoneId> known = new HashMap<>();
    return user ->
        known.computeIfAbsent(user, u -> users.zone(team, u).orElse(settings.fallbackZone()));
  }
}
