package dev.scribe.slack.actions;

import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionItemService;
import dev.scribe.incident.Incident;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@code /pm done N}: marks action item N of this channel's incident done. */
public final class DoneCommand implements PmSubcommand {

  private final IncidentLocator incidents;
  private final ActionItemService service;
  private final Clock clock;

  public DoneCommand(IncidentLocator incidents, ActionItemService service, Clock clock) {
    this.incidents = incidents;
    this.service = service;
    this.clock = clock;
  }

  @Override
  public List<String> names() {
    return List.of("done");
  }

  @Override
  public List<String> help() {
    return List.of("`/pm done N` marks action item N done — e.g. `/pm done 2`");
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    Incident incident = Incidents.require(incidents, request);
    int number = Subcommand.number(args.strip(), "/pm done 2");
    ActionItem done = service.done(incident, number);
    LocalDate today = LocalDate.now(clock.withZone(request.userZone()));
    return Reply.confirmation(
        "<@" + request.userId() + "> completed " + ActionItemText.line(done, today));
  }
}
