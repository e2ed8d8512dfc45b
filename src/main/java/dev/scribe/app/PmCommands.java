package dev.scribe.app;

import dev.scribe.slack.AdminGate;
import dev.scribe.slack.FactsLearner;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.actions.ActionCommand;
import dev.scribe.slack.actions.ActionsCommand;
import dev.scribe.slack.actions.DoneCommand;
import dev.scribe.slack.actions.IncidentLocator;
import dev.scribe.slack.drafts.DraftCommand;
import dev.scribe.slack.drafts.TemplateCommand;
import dev.scribe.slack.incident.ReopenCommand;
import dev.scribe.slack.incident.ResolveCommand;
import dev.scribe.slack.incident.SetCommand;
import dev.scribe.slack.incident.StartCommand;
import dev.scribe.slack.timeline.DeleteCommand;
import dev.scribe.slack.timeline.EditCommand;
import dev.scribe.slack.timeline.EventCommand;
import dev.scribe.slack.timeline.TimelineCommand;
import dev.scribe.slack.workspace.ConfigCommand;
import java.util.List;

/**
 * Every {@code /pm} subcommand, each given only the services it uses, in the order {@code /pm help}
 * lists them.
 */
final class PmCommands {

  private PmCommands() {}

  static List<PmSubcommand> all(Scribe s, FactsLearner learner, AdminGate admins) {
    IncidentLocator current = s.incidents::currentIfAny;
    return List.of(
        new StartCommand(s.incidents, learner),
        new EventCommand(s.timeline, s.eventParser, s.workspaceRules, learner),
        new TimelineCommand(s.incidents, s.timeline),
        new EditCommand(s.timeline, s.eventParser),
        new DeleteCommand(s.timeline),
        new SetCommand(s.incidents, s.fields),
        new ResolveCommand(s.incidents, s.timeline, s.eventParser),
        new ReopenCommand(s.incidents),
        new DraftCommand(s.incidents, s.postmortems, s.draftRequests, s.config.draftCanvas()),
        new TemplateCommand(s.postmortems, admins),
        new ActionCommand(current, s.actionItems, s.clock),
        new ActionsCommand(current, s.actionItems, s.clock),
        new DoneCommand(current, s.actionItems, s.clock),
        new ConfigCommand(
            s.workspaceSettings,
            s.workspaceRules,
            admins,
            learner,
            s.config.confirmationsInChannel(),
            s.clock));
  }
}
