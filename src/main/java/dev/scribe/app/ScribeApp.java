package dev.scribe.app;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.scribe.actions.ReminderSweep;
import dev.scribe.actions.SweepReport;
import dev.scribe.common.ChangeNotices;
import dev.scribe.config.ScribeConfig;
import dev.scribe.outbox.DepthCount;
import dev.scribe.outbox.OutboxRetention;
import dev.scribe.render.StatsChartRenderer;
import dev.scribe.schedule.OutboxDispatcher;
import dev.scribe.schedule.ReminderScheduler;
import dev.scribe.slack.AckMetrics;
import dev.scribe.slack.AdminGate;
import dev.scribe.slack.BotIdentity;
import dev.scribe.slack.Deferrals;
import dev.scribe.slack.FactsLearner;
import dev.scribe.slack.MemberJoinedListener;
import dev.scribe.slack.OutboxDeferredAnswers;
import dev.scribe.slack.PmCommandListener;
import dev.scribe.slack.PmDispatcher;
import dev.scribe.slack.SlackHttpServer;
import dev.scribe.slack.SlackUserDirectory;
import dev.scribe.slack.actions.ReminderInteractions;
import dev.scribe.slack.home.HomeListeners;
import dev.scribe.slack.home.HomePublisher;
import dev.scribe.slack.insights.StatsChartDelivery;
import dev.scribe.slack.timeline.ActionItemMessageFetcher;
import dev.scribe.slack.timeline.AddToTimelineShortcut;
import dev.scribe.slack.timeline.ReactionListeners;
import dev.scribe.slack.timeline.TaggedMessageFetcher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack app, the composition root's second half: the Bolt app with every listener wired to the
 * services it needs, served over HTTP or Socket Mode with the background work that goes with it:
 * the reminder sweep and the outbox's deliverer. Built by {@link Scribe#slackApp()}.
 */
public final class ScribeApp implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ScribeApp.class);

  /**
   * Messages sent at once, at most: a burst of tags waits its turn rather than trip rate limits.
   */
  private static final int OUTBOX_WORKERS = 4;

  /**
   * How often the outbox is looked at without a ring: for retries whose time came, and messages
   * another replica enqueued or a previous run left.
   */
  private static final Duration OUTBOX_POLL = Duration.ofSeconds(5);

  /** How long changes gather before App Home views are re-published. */
  private static final Duration HOME_WINDOW = Duration.ofSeconds(1);

  /**
   * The first reminder sweep waits this long after start: reminders are due by the day, and a sweep
   * run at once would take CPU from start-up and from the first requests (BENCHMARKS.md).
   */
  private static final Duration FIRST_SWEEP_DELAY = Duration.ofSeconds(10);

  private final ScribeConfig config;
  private final CheckedTokenApp app;
  private final MethodsClient slack;
  private final ExecutorService afterAck;
  private final ScheduledExecutorService background;
  private final Future<AuthTestResponse> tokenCheck;
  private final ReminderSweep reminderSweep;
  private final ReminderScheduler reminders;
  private final SweepMetrics sweepMetrics;
  private final OutboxRetention outboxRetention;
  private final Counter forgottenMessages;
  private final OutboxDispatcher outbox;
  private final Scribe scribe;
  private final BooleanSupplier databaseHealthy;
  private final HomePublisher homePublisher;
  private final ForwardingNotices notices;
  private final ActionItemMessageFetcher actionItemFetcher;
  private final PrometheusMeterRegistry meters;
  private final OutboxMetrics outboxMetrics;
  private JvmGcMetrics gcMetrics;
  private final Deferrals deferrals;
  private SlackHttpServer httpServer;
  private SocketModeApp socketModeApp;

  ScribeApp(Scribe scribe) {
    this.scribe = scribe;
    this.config = scribe.config;
    Slack slackClient = scribe.slackClient();
    this.slack = slackClient.methods(config.botToken());
    this.afterAck = Executors.newFixedThreadPool(4, daemon("scribe-after-ack"));
    this.background = Executors.newSingleThreadScheduledExecutor(daemon("scribe-background"));
    // Asked now, answered while the rest is built: a round trip to Slack (and, to the real one, a
    // TLS handshake) that no longer delays the start by its whole length.
    this.tokenCheck = background.submit(this::checkBotToken);
    this.app = new CheckedTokenApp(appConfig(slackClient));
    SlackUserDirectory users =
        new SlackUserDirectory(slack, scribe.slackUsers, scribe.clock, afterAck);
    this.homePublisher =
        new HomePublisher(
            scribe.homes, users, config.defaultZone(), slack, scribe.clock, HOME_WINDOW);
    scribe.notices.forwardTo(homePublisher);
    this.notices = scribe.notices;
    FactsLearner learner =
        new FactsLearner(users, slack, scribe.adminGroups, scribe.clock, afterAck);
    this.deferrals =
        new Deferrals(
            scribe.deferredRequests,
            users,
            learner,
            scribe.transactor,
            scribe.clock,
            new OutboxDeferredAnswers(scribe.outbox, scribe.clock),
            scribe.workspaceRules);
    AdminGate admins = new AdminGate(scribe.workspaceRules, scribe.adminGroups, learner);
    PmDispatcher dispatcher =
        new PmDispatcher(
            PmCommands.all(
                scribe,
                learner,
                admins,
                new StatsChartDelivery(slack, new StatsChartRenderer()),
                afterAck));
    PmCommandListener pm =
        new PmCommandListener(
            dispatcher,
            users,
            learner,
            deferrals,
            scribe.workspaceSettings,
            config.defaultZone(),
            config.confirmationsInChannel(),
            scribe.clock);
    // Any /pm command may change the incidents App Home lists; unchanged views are not re-sent.
    app.command(
        "/pm",
        (request, context) -> {
          Response response = pm.apply(request, context);
          homePublisher.incidentsChanged(request.getPayload().getTeamId());
          return response;
        });
    this.actionItemFetcher = new ActionItemMessageFetcher(slack, scribe.messageActionItems);
    new ReminderInteractions(
            scribe.actionItems,
            slack,
            users,
            learner,
            deferrals,
            config.defaultZone(),
            scribe.clock,
            afterAck,
            homePublisher)
        .register(app);
    new MemberJoinedListener(learner).register(app);
    new HomeListeners(
            scribe.homes,
            homePublisher,
            scribe.incidentRepository::byId,
            (incident, user) -> scribe.requestDefaultDraft(incident, user, users))
        .register(app);
    this.reminderSweep = scribe.reminderSweep(users);
    this.reminders = new ReminderScheduler(this::sweepReminders, config.reminders().interval());
    this.sweepMetrics = new SweepMetrics(scribe.meters);
    this.outboxRetention = scribe.outboxRetention();
    this.forgottenMessages =
        Counter.builder("scribe.outbox.forgotten")
            .description(
                "Outbox messages delivered or skipped over "
                    + OutboxRetention.KEPT_FOR.toDays()
                    + " days ago, deleted")
            .register(scribe.meters);
    this.outbox =
        new OutboxDispatcher(
            scribe.outboxDelivery(scribe.senders(slack, users)),
            scribe.doorbell,
            OUTBOX_WORKERS,
            OUTBOX_POLL);
    this.outboxMetrics = new OutboxMetrics(scribe.meters, scribe::outboxDepth);
    this.databaseHealthy = scribe::isHealthy;
    this.meters = scribe.meters;
  }

  /** Explicit values: Bolt's defaults read SLACK_* variables and could switch it to OAuth mode. */
  private AppConfig appConfig(Slack slackClient) {
    return AppConfig.builder()
        .slack(slackClient)
        .singleTeamBotToken(config.botToken())
        .signingSecret(config.signingSecret() == null ? "" : config.signingSecret())
        .clientId(null)
        .clientSecret(null)
        .allEventsApiAutoAckEnabled(true)
        // SlackHttpServer checks every request's signature over the exact bytes received, before
        // Bolt parses anything; Bolt's own check would hash a re-decoded String in the platform
        // charset and lets future timestamps through.
        .requestVerificationEnabled(false)
        // Bolt's self-event filter asks Slack (bots.info) about every bot message before the ack,
        // and a rate limit there failed the delivery. Scribe acts only on reactions and on edits of
        // messages on a timeline; which messages are its own it knows from auth.test.
        .ignoringSelfEventsEnabled(false)
        // Bolt checks the bot token with auth.test at start; by default it asks again before the
        // ack of the first request after each ten minutes, so an outage or a slow Slack then fails
        // or delays a delivery. The start-time answer is kept: a revoked token shows in the calls
        // made after the ack anyway.
        .authTestCacheExpirationMillis(-1)
        .build();
  }

  /** One reminder sweep now, as the scheduler runs it every interval; the outbox sends. */
  public SweepReport sweepReminders() {
    SweepReport report = reminderSweep.run();
    sweepMetrics.record(report);
    return report;
  }

  /** Looks at the outbox now rather than at its next poll (retries whose time came). */
  public void deliverNow() {
    outbox.wake();
  }

  /** Messages waiting, in flight and given up, by kind. */
  public List<DepthCount> outboxDepth() {
    return scribe.outboxDepth();
  }

  /** Starts serving: Socket Mode when an app token is configured, HTTP otherwise. */
  public void start() throws Exception {
    AuthTestResponse token = checkedToken();
    // Only after the token check: Bolt builds its middleware, from this answer, on the first use.
    app.tokenChecked(token);
    app.use(new AckMetrics(meters));
    BotIdentity self = new BotIdentity(token.getUserId(), token.getBotId());
    TaggedMessageFetcher fetcher = listenToReactions(self);
    new AddToTimelineShortcut(scribe.captures, slack, afterAck, homePublisher, self).register(app);
    // After a restart, messages tagged before it get their words; new tags are fetched right away.
    background.scheduleWithFixedDelay(() -> retryPendingFetches(fetcher), 5, 60, TimeUnit.SECONDS);
    // Requests waiting for a fact Slack has not told yet: asked again, or done without it.
    background.scheduleWithFixedDelay(this::sweepDeferrals, 5, 5, TimeUnit.SECONDS);
    // Messages delivered long ago: first some minutes after the start, not during it.
    background.scheduleWithFixedDelay(this::forgetOldDeliveries, 10, 6 * 60, TimeUnit.MINUTES);
    // The words of typed commands serve only to recognise a retype within minutes.
    background.scheduleWithFixedDelay(this::forgetTypedCommands, 1, 10, TimeUnit.MINUTES);
    // Messages owed since before a restart go out at once; new ones as soon as they commit. When
    // nothing is owed, the first claim is one plain read (JdbiOutbox.claimDue), so starting the
    // deliverer before the server costs the start next to nothing.
    outbox.start();
    reminders.start(FIRST_SWEEP_DELAY);
    if (config.socketMode()) {
      socketModeApp =
          new SocketModeApp(config.appToken(), app, SocketModeClient.Backend.JavaWebSocket, 8);
      socketModeApp.startAsync();
      // Since a recent Bolt change the client no longer reconnects on close unless told to.
      socketModeApp.getClient().setAutoReconnectOnCloseEnabled(true);
      log.info("Connected to Slack in Socket Mode");
    } else {
      app.start();
    }
    // In Socket Mode too: container and Kubernetes probes ask GET /health.
    httpServer =
        new SlackHttpServer(
            app,
            !config.socketMode(),
            "0.0.0.0",
            config.port(),
            databaseHealthy,
            config.metricsEnabled() ? this::scrape : null);
    httpServer.start();
    // Not needed to take a request, and the JVM's management beans take a tenth of a second to
    // start: bound on the background thread once requests are taken.
    background.execute(this::bindJvmMetrics);
  }

  /** The JVM's own figures on {@code /metrics}: memory, threads, CPU, uptime, collections. */
  private void bindJvmMetrics() {
    new JvmMemoryMetrics().bindTo(meters);
    new JvmThreadMetrics().bindTo(meters);
    new ProcessorMetrics().bindTo(meters);
    new UptimeMetrics().bindTo(meters);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(meters);
    synchronized (this) {
      gcMetrics = gc;
    }
  }

  /** Reactions and message changes, which must know Scribe's own posts from evidence. */
  private TaggedMessageFetcher listenToReactions(BotIdentity self) {
    TaggedMessageFetcher fetcher =
        new TaggedMessageFetcher(slack, scribe.taggedMessages, scribe.timelineRepository, self);
    new ReactionListeners(
            scribe.taggedMessages,
            scribe.workspaceSettings,
            fetcher,
            afterAck,
            config.confirmationsInChannel(),
            scribe.messageActionItems,
            actionItemFetcher,
            homePublisher,
            self)
        .register(app);
    return fetcher;
  }

  /** The answer of the token check started when this app was built; its failure as it was. */
  private AuthTestResponse checkedToken() throws InterruptedException {
    try {
      return tokenCheck.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new StartupException("checking SLACK_BOT_TOKEN failed: " + e.getCause(), e.getCause());
    }
  }

  /**
   * Asks Slack ({@code auth.test}) whether it accepts the bot token, and who Scribe is in the
   * workspace, before any request is taken. Bolt's own check reports an unreachable Slack as an
   * invalid token; this tells them apart, and Bolt is then given this answer ({@link
   * CheckedTokenApp}) rather than asking again.
   */
  private AuthTestResponse checkBotToken() {
    String where = "SLACK_API_URL " + config.slackApiUrl();
    AuthTestResponse answer;
    try {
      answer = slack.authTest(r -> r);
    } catch (IOException e) {
      throw new StartupException(
          "could not reach Slack at " + where + " to check SLACK_BOT_TOKEN: " + e, e);
    } catch (SlackApiException e) {
      throw new StartupException(
          "Slack at "
              + where
              + " answered auth.test with HTTP "
              + e.getResponse().code()
              + "; is it Slack's Web API?",
          e);
    }
    if (!answer.isOk()) {
      throw new StartupException(
          "Slack did not accept SLACK_BOT_TOKEN (auth.test at "
              + config.slackApiUrl()
              + ": "
              + answer.getError()
              + ")");
    }
    return answer;
  }

  private void forgetTypedCommands() {
    try {
      int forgotten = scribe.timeline.forgetTypedCommands();
      log.debug("Forgot {} typed commands past the retype window", forgotten);
    } catch (RuntimeException e) {
      log.warn("Forgetting old typed commands failed; will try again", e);
    }
  }

  private void forgetOldDeliveries() {
    try {
      int forgotten = outboxRetention.forgetOld();
      forgottenMessages.increment(forgotten);
      if (forgotten > 0) {
        log.info(
            "Forgot {} outbox messages delivered over {} days ago",
            forgotten,
            OutboxRetention.KEPT_FOR.toDays());
      }
    } catch (RuntimeException e) {
      log.warn("Forgetting old outbox messages failed; will try again", e);
    }
  }

  private void sweepDeferrals() {
    try {
      deferrals.sweep();
    } catch (RuntimeException e) {
      log.warn("Sweeping deferred requests failed; will try again", e);
    }
  }

  /** True while a request taken before a fact it needs was known waits (for tests and the demo). */
  public boolean deferredRequestsWaiting() {
    return deferrals.anyWaiting();
  }

  private void retryPendingFetches(TaggedMessageFetcher fetcher) {
    try {
      fetcher.retryPending();
      actionItemFetcher.retryPending();
    } catch (RuntimeException e) {
      log.warn("Retrying tagged messages failed; will try again", e);
    }
  }

  /** The Prometheus text of {@code GET /metrics}, the outbox's depth read for it. */
  private String scrape() {
    outboxMetrics.refresh();
    return meters.scrape();
  }

  /** The HTTP port in use (useful with PORT=0). */
  public int httpPort() {
    return httpServer.port();
  }

  public App bolt() {
    return app;
  }

  public MethodsClient slack() {
    return slack;
  }

  /** Stops listening to collections, if the background thread got as far as that. */
  private synchronized void closeGcMetrics() {
    if (gcMetrics != null) {
      gcMetrics.close();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    if (httpServer != null) {
      httpServer.close();
    }
    if (socketModeApp != null) {
      try {
        socketModeApp.close();
      } catch (Exception e) {
        log.warn("Closing Socket Mode failed", e);
      }
    }
    background.shutdownNow();
    notices.forwardTo(ChangeNotices.NONE);
    homePublisher.close();
    reminders.close();
    outbox.close();
    afterAck.shutdown();
    try {
      // A binding of the JVM's metrics under way finishes before they are unbound.
      background.awaitTermination(5, TimeUnit.SECONDS);
      afterAck.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeGcMetrics();
  }
}
