package dev.scribe.actions;

import dev.scribe.common.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One pass of "query overdue → group by recipient → notify", safe to run from several processes at
 * once: every message is claimed in the {@link ReminderLedger} first and sent by whoever wins. The
 * same pass reminds facilitators of post-mortems due and not Final ({@link
 * ReminderKind#POSTMORTEM_DUE}), through the same ledger.
 */
public final class ReminderSweep {

  private final ActionItemRepository items;
  private final PostmortemsDue postmortems;
  private final ReminderLedger ledger;
  private final ReminderNotifier notifier;
  private final UserDirectory users;
  private final ReminderSettings settings;
  private final ReminderPolicy policy;
  private final Clock clock;

  public ReminderSweep(
      ActionItemRepository items,
      ReminderLedger ledger,
      ReminderNotifier notifier,
      UserDirectory users,
      ReminderSettings settings,
      Clock clock) {
    this(items, PostmortemsDue.none(), ledger, notifier, users, settings, clock);
  }

  /** A sweep that also reminds facilitators of post-mortems not Final when due. */
  public ReminderSweep(
      ActionItemRepository items,
      PostmortemsDue postmortems,
      ReminderLedger ledger,
      ReminderNotifier notifier,
      UserDirectory users,
      ReminderSettings settings,
      Clock clock) {
    this.items = items;
    this.postmortems = postmortems;
    this.ledger = ledger;
    this.notifier = notifier;
    this.users = users;
    this.settings = settings;
    this.policy = new ReminderPolicy(settings);
    this.clock = clock;
  }

  /** Sends every reminder, escalation and digest due now that nobody has sent yet. */
  public SweepReport run() {
    Instant now = clock.instant();
    // The latest calendar day anywhere on Earth: items due before it may be overdue for someone.
    LocalDate horizon = now.atOffset(ZoneOffset.MAX).toLocalDate();
    Map<String, List<IncidentAction>> byTeam =
        items.openDueBeforeInAllWorkspaces(horizon).stream()
            .collect(
                Collectors.groupingBy(IncidentAction::teamId, TreeMap::new, Collectors.toList()));
    Delivering delivering = new Delivering(ledger, notifier, clock);
    SweepReport report = SweepReport.empty();
    for (Map.Entry<String, List<IncidentAction>> team : byTeam.entrySet()) {
      report = report.plus(remind(now, team.getKey(), team.getValue(), delivering));
    }
    if (policy.isDigestTime(now)) {
      report = report.plus(digests(now, byTeam, delivering));
    }
    return report.plus(postmortemReminders(now, delivering));
  }

  /** Facilitators of post-mortems due and not Final, each told once per due day. */
  private SweepReport postmortemReminders(Instant now, Delivering delivering) {
    Map<String, List<DuePostmortem>> byTeam =
        postmortems.notFinalResolvedSince(now.minus(ReminderPolicy.POSTMORTEM_LOOKBACK)).stream()
            .collect(
                Collectors.groupingBy(DuePostmortem::teamId, TreeMap::new, Collectors.toList()));
    SweepReport report = SweepReport.empty();
    for (Map.Entry<String, List<DuePostmortem>> team : byTeam.entrySet()) {
      List<ReminderPolicy.Planned> plan =
          policy.planPostmortems(now, team.getKey(), team.getValue(), zones(team.getKey()));
      report = report.plus(deliverAll(team.getKey(), plan, delivering));
    }
    return report;
  }

  private SweepReport remind(
      Instant now, String team, List<IncidentAction> candidates, Delivering delivering) {
    return deliverAll(team, policy.plan(now, team, candidates, zones(team)), delivering);
  }

  /** Each planned message claimed and sent once; the ledger is read once for all of them. */
  private SweepReport deliverAll(
      String team, List<ReminderPolicy.Planned> plan, Delivering delivering) {
    Map<ReminderKey, LedgerEntry> known =
        ledger.findAll(team, plan.stream().map(ReminderPolicy.Planned::key).toList());
    SweepReport report = SweepReport.empty();
    for (ReminderPolicy.Planned planned : plan) {
      report =
          report.plus(
              delivering.deliver(planned.message(), Optional.ofNullable(known.get(planned.key()))));
    }
    return report;
  }

  /** One digest per workspace with open items; its overdue items are among those already read. */
  private SweepReport digests(
      Instant now, Map<String, List<IncidentAction>> byTeam, Delivering delivering) {
    String channel = settings.digestChannel().orElseThrow();
    ZoneId zone = settings.fallbackZone();
    LocalDate today = ReminderPolicy.today(now, zone);
    SweepReport report = SweepReport.empty();
    for (String team : items.teamsWithOpenItems()) {
      ReminderKey key = new ReminderKey(team, channel, today, ReminderKind.DIGEST);
      Optional<LedgerEntry> known = ledger.find(key);
      if (known.isPresent() && !known.get().isTakeable(now)) {
        report = report.plus(new SweepReport(0, 0, 0, 0, 1));
        continue;
      }
      List<IncidentAction> overdue =
          byTeam.getOrDefault(team, List.of()).stream()
              .filter(a -> ReminderPolicy.isOverdue(a.item(), today))
              .sorted(ReminderPolicy.MOST_OVERDUE_FIRST)
              .toList();
      report =
          report.plus(
              delivering.deliver(
                  new ReminderMessage(key, zone, overdue, items.countOpen(team)), known));
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
