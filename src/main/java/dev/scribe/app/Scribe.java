package dev.scribe.app;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import dev.scribe.actions.ActionItemService;
import dev.scribe.actions.ReminderSweep;
import dev.scribe.actions.SweepReport;
import dev.scribe.common.CommandClock;
import dev.scribe.common.UserDirectory;
import dev.scribe.config.ScribeConfig;
import dev.scribe.postmortem.PostmortemService;
import dev.scribe.postmortem.TemplateCatalog;
import dev.scribe.recording.IncidentFieldService;
import dev.scribe.recording.IncidentSelection;
import dev.scribe.recording.IncidentService;
import dev.scribe.recording.TaggedMessageService;
import dev.scribe.recording.TimelineService;
import dev.scribe.render.BuiltInTemplateCatalog;
import dev.scribe.render.DirectoryTemplateCatalog;
import dev.scribe.render.MustacheDraftRenderer;
import dev.scribe.render.TimelineImageRenderer;
import dev.scribe.slack.SlackEventText;
import dev.scribe.slack.SlackUserDirectory;
import dev.scribe.slack.actions.SlackReminderNotifier;
import dev.scribe.storage.Database;
import dev.scribe.storage.JdbiActionItemRepository;
import dev.scribe.storage.JdbiAdminGroupMembers;
import dev.scribe.storage.JdbiDeferredRequests;
import dev.scribe.storage.JdbiIncidentRepository;
import dev.scribe.storage.JdbiReminderLedger;
import dev.scribe.storage.JdbiSlackUsers;
import dev.scribe.storage.JdbiTemplateStore;
import dev.scribe.storage.JdbiTimelineRepository;
import dev.scribe.storage.JdbiTransactor;
import dev.scribe.storage.JdbiTypedCommands;
import dev.scribe.storage.JdbiWorkspaceRules;
import dev.scribe.storage.JdbiWorkspaceSettingsRepository;
import dev.scribe.timeline.EventInputParser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The composition root: everything Scribe is made of is built here with {@code new}, from the
 * configuration, a clock and one database: the repositories over the database, then the services
 * over them. Each entry point takes only what it needs: {@code serve} and the demo the Slack app
 * ({@link #slackApp()}, whose listeners {@link ScribeApp} and {@link PmCommands} wire), {@code
 * remind} one sweep ({@link #remindOnce()}), {@code draft} and {@code export} the post-mortems.
 */
public final class Scribe implements AutoCloseable {

  final ScribeConfig config;
  final CommandClock clock;
  private final Database database;

  // The adapters behind the domain's ports.
  final JdbiTimelineRepository timelineRepository;
  final JdbiWorkspaceSettingsRepository workspaceSettings;
  final JdbiSlackUsers slackUsers;
  final JdbiWorkspaceRules workspaceRules;
  final JdbiAdminGroupMembers adminGroups;
  final JdbiDeferredRequests deferredRequests;
  final JdbiTransactor transactor;
  private final JdbiActionItemRepository actionItemRepository;
  private final JdbiReminderLedger reminderLedger;

  // The services.
  final IncidentService incidents;
  final IncidentFieldService fields;
  final TimelineService timeline;
  final TaggedMessageService taggedMessages;
  final ActionItemService actionItems;
  final EventInputParser eventParser;
  final PostmortemService postmortems;
  private final IncidentSelection incidentSelection;

  /** Scribe over a database the caller opened; closing Scribe closes it. */
  public Scribe(ScribeConfig config, Database database, Clock clock) {
    this.config = config;
    this.database = database;
    // While a request taken earlier is completed, "now" is when it was received.
    this.clock = new CommandClock(clock);
    clock = this.clock;
    var jdbi = database.jdbi();
    JdbiIncidentRepository incidentRepository = new JdbiIncidentRepository(jdbi);
    this.timelineRepository = new JdbiTimelineRepository(jdbi);
    this.workspaceSettings = new JdbiWorkspaceSettingsRepository(jdbi);
    this.slackUsers = new JdbiSlackUsers(jdbi);
    this.workspaceRules = new JdbiWorkspaceRules(jdbi);
    this.adminGroups = new JdbiAdminGroupMembers(jdbi);
    this.deferredRequests = new JdbiDeferredRequests(jdbi);
    this.actionItemRepository = new JdbiActionItemRepository(jdbi);
    this.reminderLedger = new JdbiReminderLedger(jdbi);
    this.transactor = new JdbiTransactor(jdbi);

    this.incidents = new IncidentService(incidentRepository, timelineRepository, transactor, clock);
    this.fields = new IncidentFieldService(incidentRepository, incidents, transactor, clock);
    this.timeline =
        new TimelineService(
            incidentRepository,
            timelineRepository,
            incidents,
            workspaceRules,
            new JdbiTypedCommands(jdbi),
            transactor,
            clock);
    this.taggedMessages =
        new TaggedMessageService(
            incidentRepository,
            timelineRepository,
            timelineRepository,
            incidents,
            transactor,
            clock);
    this.actionItems = new ActionItemService(actionItemRepository, transactor, clock);
    this.eventParser = new EventInputParser(clock);
    this.incidentSelection = new IncidentSelection(incidentRepository);
    this.postmortems =
        new PostmortemService(
            incidentRepository,
            timelineRepository,
            actionItemRepository,
            new JdbiTemplateStore(jdbi),
            sharedTemplates(config),
            new MustacheDraftRenderer(),
            new TimelineImageRenderer(),
            new SlackEventText(),
            clock);
  }

  /** Opens the database of {@code DATABASE_URL}, brought up to date, and builds Scribe over it. */
  public static Scribe open(ScribeConfig config, Clock clock) {
    return new Scribe(config, Database.open(config.databaseUrl()), clock);
  }

  /**
   * Opens the existing database of {@code DATABASE_URL} read-only, without migrating it, and builds
   * Scribe over it: for commands that only read.
   */
  public static Scribe openToRead(ScribeConfig config, Clock clock) {
    return new Scribe(config, Database.openToRead(config.databaseUrl()), clock);
  }

  /** The templates every workspace has after its own: the folder's, then the built-in ones. */
  private static List<TemplateCatalog> sharedTemplates(ScribeConfig config) {
    List<TemplateCatalog> shared = new ArrayList<>();
    config.templatesDirectory().ifPresent(dir -> shared.add(new DirectoryTemplateCatalog(dir)));
    shared.add(new BuiltInTemplateCatalog());
    return shared;
  }

  /** {@code serve} and the demo: the Slack app over these services, not yet started. */
  public ScribeApp slackApp() {
    return new ScribeApp(this);
  }

  /** {@code remind}: one reminder sweep through Slack, as {@code serve} runs on a schedule. */
  public SweepReport remindOnce() {
    MethodsClient slack = slackMethods();
    return reminderSweep(slack, new SlackUserDirectory(slack, slackUsers, clock, Runnable::run))
        .run();
  }

  /** The reminder sweep over this database, sending through Slack. */
  ReminderSweep reminderSweep(MethodsClient slack, UserDirectory users) {
    return new ReminderSweep(
        actionItemRepository,
        reminderLedger,
        SlackReminderNotifier.of(slack, users),
        users,
        config.reminders(),
        clock);
  }

  /** The Web API client, pointed at {@code SLACK_API_URL}. */
  Slack slackClient() {
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl());
    slackConfig.setStatsEnabled(false);
    return Slack.getInstance(slackConfig);
  }

  /** The Web API methods with the bot token. */
  MethodsClient slackMethods() {
    return slackClient().methods(config.botToken());
  }

  /** {@code draft} and {@code export}: the channel's incident the operator means. */
  public IncidentSelection incidentSelection() {
    return incidentSelection;
  }

  /** {@code draft} and {@code export}: what a post-mortem is made from, and its drafts. */
  public PostmortemService postmortems() {
    return postmortems;
  }

  /** Names and zones from the {@code users.info} cache only: for commands that run offline. */
  public UserDirectory cachedUsers() {
    return SlackUserDirectory.offline(slackUsers, clock);
  }

  public IncidentService incidents() {
    return incidents;
  }

  public TimelineService timeline() {
    return timeline;
  }

  public TaggedMessageService taggedMessages() {
    return taggedMessages;
  }

  public ActionItemService actionItems() {
    return actionItems;
  }

  /** True when the database answers: {@code GET /health}. */
  boolean isHealthy() {
    return database.isHealthy();
  }

  @Override
  public void close() {
    database.close();
  }
}
