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
import dev.scribe.slack.insights.StatsChartDelivery;
import dev.scribe.slack.insights.StatsCommand;
import dev.scribe.slack.review.ApproveCommand;
import dev.scribe.slack.review.ReviewCommand;
import dev.scribe.slack.timeline.DeleteCommand;
import dev.scribe.slack.timeline.EditCommand;
import dev.scribe.slack.timeline.EventCommand;
import dev.scribe.slack.timeline.TimelineCommand;
import dev.scribe.slack.workspace.ConfigCommand;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Every {@code /pm} subcommand, each given only the services it uses, in the order {@code /pm help}
 * lists them.
 */
final class PmCommands {

  private PmCommands() {}

  /**
   * @param charts uploads the chart of {@code /pm stats} after the acknowledgement, on {@code
   *     afterAck}
   */
  static List<PmSubcommand> all(
      Scribe s,
      FactsLearner learner,
      AdminGate admins,
      StatsChartDelivery charts,
      Executor afterAck) {
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
        new ReviewCommand(s.reviews),
        new ApproveCommand(s.reviews),
        new TemplateCommand(s.postmortems, admins),
        new ActionCommand(current, s.actionItems, s.clock),
        new ActionsCommand(current, s.actionItems, s.clock),
        new DoneCommand(current, s.actionItems, s.clock),
        new StatsCommand(s.stats, charts, afterAck),
        new ConfigCommand(
            s.workspaceSettings,
            s.workspaceRules,
            admins,
            learner,
            s.config.confirmationsInChannel(),
            s.clock));
  }
}
