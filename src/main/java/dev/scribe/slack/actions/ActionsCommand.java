package dev.scribe.slack.actions;

import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionItemService;
import dev.scribe.actions.IncidentAction;
import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** {@code /pm actions} (this incident's items) and {@code /pm actions mine} (yours, everywhere). */
public final class ActionsCommand implements PmSubcommand {

  private final IncidentLocator incidents;
  private final ActionItemService service;
  private final Clock clock;

  public ActionsCommand(IncidentLocator incidents, ActionItemService service, Clock clock) {
    this.incidents = incidents;
    this.service = service;
    this.clock = clock;
  }

  @Override
  public List<String> names() {
    return List.of("actions");
  }

  @Override
  public List<String> help() {
    return List.of(
        "`/pm actions` lists this incident's action items",
        "`/pm actions mine` lists your open action items across all incidents");
  }

  static final int MAX_CHARS = 35_000;

  @Override
  public Reply handle(PmRequest request, String args) {
    LocalDate today = LocalDate.now(clock.withZone(request.userZone()));
    String what = args.strip().toLowerCase(Locale.ROOT);
    if (what.equals("mine")) {
      return mine(request, today);
    }
    if (!what.isEmpty()) {
      throw new UserFacingException("`/pm actions` takes nothing, or `mine`.", "/pm actions mine");
    }
    Incident incident = Incidents.require(incidents, request);
    List<ActionItem> items = service.list(incident);
    if (items.isEmpty()) {
      return Reply.ephemeral(
          incident.publicId()
              + " has no action items yet. Record one with `/pm action Add an alert @alice due:friday`.");
    }
    return Reply.ephemeral(
        fitted(
            "*Action items of " + incident.publicId() + "*",
            items.stream().map(i -> ActionItemText.line(i, today)).toList()));
  }

  /**
   * Slack refuses messages over 40,000 characters: keep to what fits and say how many are left out.
   */
  static String fitted(String heading, List<String> lines) {
    StringBuilder text = new StringBuilder(heading);
    int shown = 0;
    for (String line : lines) {
      if (text.length() + line.length() + 1 > MAX_CHARS) {
        break;
      }
      text.append('\n').append(line);
      shown++;
    }
    if (shown < lines.size()) {
      text.append("\n_… and ")
          .append(lines.size() - shown)
          .append(" more; `scribe export` lists them all._");
    }
    return text.toString();
  }

  private Reply mine(PmRequest request, LocalDate today) {
    List<IncidentAction> mine = service.openOwnedBy(request.teamId(), request.userId());
    if (mine.isEmpty()) {
      return Reply.ephemeral("You have no open action items.");
    }
    return Reply.ephemeral(
        fitted(
            "*Your open action items*",
            mine.stream().map(a -> ActionItemText.lineWithIncident(a, today)).toList()));
  }
}
