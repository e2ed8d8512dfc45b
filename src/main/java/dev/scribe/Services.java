package dev.scribe;

import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionItemService;
import dev.scribe.actions.ReminderNotifier;
import dev.scribe.actions.ReminderSettings;
import dev.scribe.actions.ReminderSweep;
import dev.scribe.common.Transactor;
import dev.scribe.common.UserDirectory;
import dev.scribe.config.ScribeConfig;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentFieldService;
import dev.scribe.incident.IncidentService;
import dev.scribe.incident.TaggedMessageService;
import dev.scribe.incident.TimelineService;
import dev.scribe.postmortem.CompositeTemplateCatalog;
import dev.scribe.postmortem.DraftService;
import dev.scribe.postmortem.DraftSource;
import dev.scribe.postmortem.TemplateCatalog;
import dev.scribe.render.BuiltInTemplateCatalog;
import dev.scribe.render.DirectoryTemplateCatalog;
import dev.scribe.render.MustacheDraftRenderer;
import dev.scribe.render.TimelineImageRenderer;
import dev.scribe.storage.Database;
import dev.scribe.storage.JdbiActionItemRepository;
import dev.scribe.storage.JdbiIncidentRepository;
import dev.scribe.storage.JdbiReminderLedger;
import dev.scribe.storage.JdbiSlackUsers;
import dev.scribe.storage.JdbiTemplateStore;
import dev.scribe.storage.JdbiTimelineRepository;
import dev.scribe.storage.JdbiTransactor;
import dev.scribe.storage.JdbiWorkspaceSettingsRepository;
import dev.scribe.timeline.EventInputParser;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The domain services over one database, shared by the Slack app and the command line. Built with
 * {@code new}, in one place: this is the composition root's first half.
 */
public final class Services {

  final Database database;
  final Clock clock;
  final JdbiIncidentRepository incidentRepository;
  final JdbiTimelineRepository timelineRepository;
  final JdbiWorkspaceSettingsRepository workspaceSettings;
  final JdbiSlackUsers slackUsers;
  final JdbiActionItemRepository actionItemRepository;
  final JdbiReminderLedger reminderLedger;
  final Transactor transactor;
  final IncidentService incidents;
  final IncidentFieldService fields;
  final TimelineService timeline;
  final TaggedMessageService taggedMessages;
  final ActionItemService actionItems;
  final EventInputParser eventParser;
  final JdbiTemplateStore templateStore;
  final MustacheDraftRenderer renderer = new MustacheDraftRenderer();
  final TimelineImageRenderer imager = new TimelineImageRenderer();
  private final Optional<java.nio.file.Path> templatesDir;

  private Services(ScribeConfig config, Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
    this.incidentRepository = new JdbiIncidentRepository(database.jdbi());
    this.timelineRepository = new JdbiTimelineRepository(database.jdbi());
    this.workspaceSettings = new JdbiWorkspaceSettingsRepository(database.jdbi());
    this.slackUsers = new JdbiSlackUsers(database.jdbi());
    this.actionItemRepository = new JdbiActionItemRepository(database.jdbi());
    this.reminderLedger = new JdbiReminderLedger(database.jdbi());
    this.transactor = new JdbiTransactor(database.jdbi());
    this.incidents = new IncidentService(incidentRepository, timelineRepository, transactor, clock);
    this.fields = new IncidentFieldService(incidentRepository, incidents, transactor, clock);
    this.timeline =
        new TimelineService(incidentRepository, timelineRepository, incidents, transactor, clock);
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
    this.templateStore = new JdbiTemplateStore(database.jdbi());
    this.templatesDir = config.templatesDirectory();
  }

  public static Services create(ScribeConfig config, Database database, Clock clock) {
    return new Services(config, database, clock);
  }

  /**
   * A workspace's templates: those it stored, then the folder's, then the built-in ones. A team's
   * own template comes first, so it can also replace a built-in one (say, {@code full}).
   */
  private TemplateCatalog templates(String teamId) {
    List<TemplateCatalog> sources = new ArrayList<>();
    sources.add(templateStore.catalog(teamId));
    templatesDir.ifPresent(dir -> sources.add(new DirectoryTemplateCatalog(dir)));
    sources.add(new BuiltInTemplateCatalog());
    return new CompositeTemplateCatalog(sources);
  }

  public Database database() {
    return database;
  }

  public IncidentService incidents() {
    return incidents;
  }

  public IncidentFieldService fields() {
    return fields;
  }

  public TimelineService timeline() {
    return timeline;
  }

  public ActionItemService actionItems() {
    return actionItems;
  }

  /** Drafts with the workspace's templates (compiled templates are shared across workspaces). */
  public DraftService drafts(String teamId) {
    return new DraftService(templates(teamId), renderer, imager);
  }

  public JdbiTemplateStore templateStore() {
    return templateStore;
  }

  public MustacheDraftRenderer renderer() {
    return renderer;
  }

  public JdbiIncidentRepository incidentRepository() {
    return incidentRepository;
  }

  public JdbiSlackUsers slackUsers() {
    return slackUsers;
  }

  public List<ActionItem> actionItems(Incident incident) {
    return actionItems.list(incident);
  }

  /** Everything a draft is made from, with names from the given directory. */
  public DraftSource draftSource(Incident incident, UserDirectory users, ZoneId zone) {
    // Each name once per draft: an event author appears on many lines.
    Map<String, Optional<String>> known = new HashMap<>();
    Function<String, Optional<String>> names =
        id -> known.computeIfAbsent(id, u -> users.displayName(incident.teamId(), u));
    return new DraftSource(
        incident,
        timeline.events(incident),
        fields.fields(incident),
        actionItems(incident),
        names,
        zone,
        clock.instant());
  }

  /** A reminder sweep over this database, sending through the given notifier. */
  public ReminderSweep reminderSweep(
      ReminderNotifier notifier, UserDirectory users, ReminderSettings settings) {
    return new ReminderSweep(
        actionItemRepository, reminderLedger, notifier, users, settings, clock);
  }

  /** True while some tagged message still waits for its words to be fetched from Slack. */
  public boolean fetchingMessages() {
    return !timelineRepository.awaitingMessage(1).isEmpty();
  }

  /** Names and zones from the users.info cache only: for offline commands. */
  public UserDirectory offlineUsers() {
    return dev.scribe.slack.SlackUserDirectory.offline(slackUsers, clock);
  }
}
