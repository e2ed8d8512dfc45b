package dev.scribe.slack.actions;

import dev.scribe.actions.ActionInputParser;
import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionItemService;
import dev.scribe.actions.DueDateParser;
import dev.scribe.incident.Incident;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** {@code /pm action TEXT …}, {@code /pm action edit N …}, {@code /pm action drop N}. */
public final class ActionCommand implements PmSubcommand {

  private final IncidentLocator incidents;
  private final ActionItemService service;
  private final Clock clock;

  public ActionCommand(IncidentLocator incidents, ActionItemService service, Clock clock) {
    this.incidents = incidents;
    this.service = service;
    this.clock = clock;
  }

  @Override
  public List<String> names() {
    return List.of("action");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm action TEXT [@owner] [due:DATE] [priority] [kind] [ticket]` records an action item —"
            + " e.g. `/pm action Add an alert on queue depth @alice due:friday high`",
        "  DATE: `2026-12-01`, `+7d`, `+2w`, `friday`, `next week`, `tomorrow`, `dec 1`, `in 3 days`;"
            + " priority: `critical|high|medium|low` or `p1…p4`; kind: `short-term|long-term|process`",
        "`/pm action edit N …` changes only the parts given (`owner:none`, `due:none` take one away) — e.g. `/pm action edit 2 due:+7d @bob`",
        "`/pm action drop N` drops item N (it stays listed, struck out)");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    Incident incident = Incidents.require(incidents, request);
    Subcommand sub = Subcommand.of(args);
    LocalDate today = LocalDate.now(clock.withZone(request.userZone()));
    switch (sub.verb()) {
      case "edit":
        {
          ActionItemService.Change change =
              service.edit(
                  incident,
                  sub.number(),
                  request.inUserZone(zone -> parser(zone).parseEdit(sub.rest())),
                  request.userZone());
          return Reply.confirmation(said("Updated action item", change, today));
        }
      case "drop":
        {
          ActionItem dropped = service.drop(incident, sub.requireOnlyNumber());
          return Reply.confirmation("Dropped action item " + ActionItemText.line(dropped, today));
        }
      default:
        {
          ActionItemService.Change change =
              service.add(
                  incident,
                  request.inUserZone(zone -> parser(zone).parse(args)),
                  request.userId(),
                  request.userZone());
          return Reply.confirmation(
              said("<@" + request.userId() + "> recorded action item", change, today));
        }
    }
  }

  /** Due dates such as {@code friday} or {@code +7d} count from today in the user's zone. */
  private ActionInputParser parser(ZoneId zone) {
    return new ActionInputParser(new DueDateParser(clock, zone));
  }

  private static String said(String what, ActionItemService.Change change, LocalDate today) {
    StringBuilder text =
        new StringBuilder(what).append(' ').append(ActionItemText.line(change.item(), today));
    change.warnings().forEach(w -> text.append("\n:warning: ").append(w));
    return text.toString();
  }
}
