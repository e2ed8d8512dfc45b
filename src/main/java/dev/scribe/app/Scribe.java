package dev.scribe.app;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.util.http.SlackHttpClient;
import dev.scribe.actions.ActionItemService;
import dev.scribe.actions.ReminderSender;
import dev.scribe.actions.ReminderSweep;
import dev.scribe.actions.SweepReport;
import dev.scribe.common.CommandClock;
import dev.scribe.common.UserDirectory;
import dev.scribe.config.ScribeConfig;
import dev.scribe.home.HomeService;
import dev.scribe.incident.Incident;
import dev.scribe.insights.StatsService;
import dev.scribe.outbox.DeliveryReport;
import dev.scribe.outbox.DepthCount;
import dev.scribe.outbox.OutboxDelivery;
import dev.scribe.outbox.OutboxRetention;
import dev.scribe.outbox.Sender;
import dev.scribe.postmortem.DraftJob;
import dev.scribe.postmortem.DraftRequests;
import dev.scribe.postmortem.DraftService;
import dev.scribe.postmortem.PostmortemService;
import dev.scribe.postmortem.TemplateCatalog;
import dev.scribe.recording.IncidentFieldService;
import dev.scribe.recording.IncidentSelection;
import dev.scribe.recording.IncidentService;
import dev.scribe.recording.MessageActionItemService;
import dev.scribe.recording.MessageCaptureService;
import dev.scribe.recording.TaggedMessageService;
import dev.scribe.recording.TimelineService;
import dev.scribe.render.BuiltInTemplateCatalog;
import dev.scribe.render.DirectoryTemplateCatalog;
import dev.scribe.render.MustacheDraftRenderer;
import dev.scribe.render.TimelineImageRenderer;
import dev.scribe.review.ReviewService;
import dev.scribe.schedule.Doorbell;
import dev.scribe.slack.FailureNoticeSender;
import dev.scribe.slack.ResponseUrlSender;
import dev.scribe.slack.SlackApiMetrics;
import dev.scribe.slack.SlackEventText;
import dev.scribe.slack.SlackUserDirectory;
import dev.scribe.slack.actions.SlackReminderNotifier;
import dev.scribe.slack.drafts.CanvasDelivery;
import dev.scribe.slack.drafts.DraftDelivery;
import dev.scribe.slack.timeline.TagConfirmationSender;
import dev.scribe.storage.Database;
import dev.scribe.storage.JdbiActionItemRepository;
import dev.scribe.storage.JdbiAdminGroupMembers;
import dev.scribe.storage.JdbiChangeLog;
import dev.scribe.storage.JdbiDeferredRequests;
import dev.scribe.storage.JdbiHome;
import dev.scribe.storage.JdbiIncidentRepository;
import dev.scribe.storage.JdbiIncidentStats;
import dev.scribe.storage.JdbiLatePostmortems;
import dev.scribe.storage.JdbiMessageActionItems;
import dev.scribe.storage.JdbiOutbox;
import dev.scribe.storage.JdbiReviewRepository;
import dev.scribe.storage.JdbiSlackUsers;
import dev.scribe.storage.JdbiTemplateStore;
import dev.scribe.storage.JdbiTimelineRepository;
import dev.scribe.storage.JdbiTransactor;
import dev.scribe.storage.JdbiTypedCommands;
import dev.scribe.storage.JdbiWorkspaceRules;
import dev.scribe.storage.JdbiWorkspaceSettingsRepository;
import dev.scribe.storage.JsonPayloadCodec;
import dev.scribe.timeline.EventInputParser;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The composition root: everything Scribe is made of is built here with {@code new}, from the
 * configuration, a clock and one database: the repositories over the database, then the services
 * over them. Each entry point takes only what it needs: {@code serve} and the demo the Slack app
 * ({@link #slackApp()}, whose listeners {@link ScribeApp} and {@link PmCommands} wire), {@code
 * remind} one sweep ({@link #remindOnce()}), {@code draft} and {@code export} the post-mortems.
 *
 * <p>Every message Scribe owes someone goes through one outbox ({@link JdbiOutbox}), delivered by
 * one sender per kind ({@link #senders}).
 */
public final class Scribe implements AutoCloseable {

  final ScribeConfig config;
  final CommandClock clock;
  final PrometheusMeterRegistry meters;
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
  private final JdbiLatePostmortems latePostmortems;
  private final JsonPayloadCodec payloads = new JsonPayloadCodec();
  final JdbiOutbox outbox;

  /** Rung when a transaction that enqueued a message commits; wakes {@code serve}'s deliverer. */
  final Doorbell doorbell = new Doorbell();

  // The services.
  final IncidentService incidents;
  final IncidentFieldService fields;
  final TimelineService timeline;
  final TaggedMessageService taggedMessages;
  final ActionItemService actionItems;
  final EventInputParser eventParser;
  final PostmortemService postmortems;
  final ReviewService reviews;
  final StatsService stats;
  final DraftRequests draftRequests;
  private final IncidentSelection incidentSelection;
  final MessageCaptureService captures;
  final MessageActionItemService messageActionItems;
  final HomeService homes;
  final JdbiIncidentRepository incidentRepository;

  /** Told of changes App Home shows; forwarded to its publisher by the Slack app. */
  final ForwardingNotices notices = new ForwardingNotices();

  /** Scribe over a database the caller opened; closing Scribe closes it. */
  public Scribe(ScribeConfig config, Database database, Clock clock) {
    this.config = config;
    this.database = database;
    // While a request taken earlier is completed, "now" is when it was received.
    this.clock = new CommandClock(clock);
    clock = this.clock;
    this.meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    database.bindMetrics(meters);
    var jdbi = database.jdbi();
    JdbiIncidentRepository incidentRepository = new JdbiIncidentRepository(jdbi);
    this.incidentRepository = incidentRepository;
    this.timelineRepository = new JdbiTimelineRepository(jdbi, meters);
    this.workspaceSettings = new JdbiWorkspaceSettingsRepository(jdbi);
    this.slackUsers = new JdbiSlackUsers(jdbi);
    this.workspaceRules = new JdbiWorkspaceRules(jdbi);
    this.adminGroups = new JdbiAdminGroupMembers(jdbi);
    this.deferredRequests = new JdbiDeferredRequests(jdbi);
    this.actionItemRepository = new JdbiActionItemRepository(jdbi);
    this.outbox = new JdbiOutbox(jdbi, payloads, doorbell::ring);
    this.transactor = new JdbiTransactor(jdbi, meters, database.afterEachCommit());

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
            outbox,
            transactor,
            clock);
    this.actionItems = new ActionItemService(actionItemRepository, transactor, clock, notices);
    this.captures =
        new MessageCaptureService(
            incidentRepository, timelineRepository, incidents, transactor, clock);
    this.messageActionItems =
        new MessageActionItemService(
            incidentRepository,
            new JdbiMessageActionItems(jdbi),
            actionItemRepository,
            timelineRepository,
            transactor,
            notices,
            clock);
    JdbiHome home = new JdbiHome(jdbi);
    this.homes = new HomeService(home, home, home, clock);
    this.eventParser = new EventInputParser(clock);
    this.incidentSelection = new IncidentSelection(incidentRepository);
    this.latePostmortems = new JdbiLatePostmortems(jdbi);
    this.reviews =
        new ReviewService(
            incidents, new JdbiReviewRepository(jdbi), new JdbiChangeLog(jdbi), transactor, clock);
    this.stats = new StatsService(new JdbiIncidentStats(jdbi), clock);
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
            reviews,
            clock);
    this.draftRequests =
        new DraftRequests(incidentRepository, postmortems, outbox, reviews, transactor, clock);
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

  /**
   * App Home's "Draft post-mortem" button: the default template in the requester's zone, owed
   * through the outbox like {@code /pm draft}. Each press is its own request.
   */
  void requestDefaultDraft(Incident incident, String requesterId, UserDirectory users) {
    ZoneId zone = users.zone(incident.teamId(), requesterId).orElse(config.defaultZone());
    draftRequests.request(
        incident,
        requesterId,
        DraftService.DEFAULT_TEMPLATE,
        zone,
        UUID.randomUUID().toString(),
        config.draftCanvas());
  }

  /**
   * {@code remind}: one reminder sweep, as {@code serve} runs on a schedule, then everything the
   * outbox holds that is due now delivered through Slack (later retries are {@code serve}'s, or the
   * next {@code remind}'s).
   */
  public Reminded remindOnce() {
    MethodsClient slack = slackMethods();
    UserDirectory users = new SlackUserDirectory(slack, slackUsers, clock, Runnable::run);
    SweepReport swept = reminderSweep(users).run();
    return new Reminded(swept, outboxDelivery(senders(slack, users)).deliverDue());
  }

  /** What {@code remind} did: the sweep, then the deliveries. */
  public record Reminded(SweepReport sweep, DeliveryReport delivered) {
    @Override
    public String toString() {
      return "reminders: " + sweep + "; delivered: " + delivered;
    }
  }

  /** The reminder sweep over this database: it plans, the outbox sends. */
  ReminderSweep reminderSweep(UserDirectory users) {
    return new ReminderSweep(
        actionItemRepository,
        latePostmortems,
        outbox,
        transactor,
        users,
        config.reminders(),
        clock);
  }

  /**
   * One sender per kind of outbox message, all through Slack. Adding a kind: its payload record and
   * {@code MessageKind} in the domain, its sender in the Slack adapters, and one line here.
   */
  List<Sender<?>> senders(MethodsClient slack, UserDirectory users) {
    return List.of(
        new TagConfirmationSender(slack, incidentRepository, timelineRepository),
        new DraftDelivery(slack, draftRequests, users),
        new CanvasDelivery(slack, draftRequests, users),
        new ReminderSender(actionItemRepository, SlackReminderNotifier.of(slack, users), clock),
        new FailureNoticeSender(slack),
        new ResponseUrlSender(config.slackTimeout()));
  }

  /** Delivers the outbox through these senders. */
  OutboxDelivery outboxDelivery(List<Sender<?>> senders) {
    return new OutboxDelivery(outbox, senders, payloads, transactor, clock);
  }

  /**
   * Forgets messages delivered long ago. The channel canvas's deliveries are kept: the latest says
   * which canvas a new draft updates.
   */
  OutboxRetention outboxRetention() {
    return new OutboxRetention(outbox, List.of(DraftJob.CANVAS), clock);
  }

  /** Messages waiting, in flight and given up, by kind: for operators (metrics, health). */
  public List<DepthCount> outboxDepth() {
    return outbox.depth();
  }

  /**
   * The Web API client, pointed at {@code SLACK_API_URL}, giving up on an answer after {@code
   * SCRIBE_SLACK_TIMEOUT} (an outbox message whose call timed out is in doubt, and looked for
   * before it is sent again); each call counted in the metrics.
   */
  Slack slackClient() {
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl());
    slackConfig.setStatsEnabled(false);
    int timeout = Math.toIntExact(config.slackTimeout().toMillis());
    slackConfig.setHttpClientReadTimeoutMillis(timeout);
    slackConfig.setHttpClientWriteTimeoutMillis(timeout);
    // Built after the timeouts are set: the OkHttp client takes them from the configuration.
    SlackHttpClient http =
        new SlackHttpClient(
            SlackHttpClient.buildOkHttpClient(slackConfig)
                .newBuilder()
                .addInterceptor(new SlackApiMetrics(meters))
                .build());
    http.setConfig(slackConfig);
    return Slack.getInstance(slackConfig, http);
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

  /** {@code stats}: metrics across a workspace's incidents. */
  public StatsService stats() {
    return stats;
  }

  public ReviewService reviews() {
    return reviews;
  }

  public IncidentFieldService fields() {
    return fields;
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

  /** Commits the writes still queued, then closes the database. */
  @Override
  public void close() {
    transactor.close();
    database.close();
  }
}
