package dev.scribe;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.socket_mode.SocketModeClient;
import dev.scribe.actions.SweepReport;
import dev.scribe.config.ScribeConfig;
import dev.scribe.schedule.ReminderScheduler;
import dev.scribe.slack.PmCommandListener;
import dev.scribe.slack.PmDispatcher;
import dev.scribe.slack.SlackHttpServer;
import dev.scribe.slack.SlackUserDirectory;
import dev.scribe.slack.actions.ReminderInteractions;
import dev.scribe.slack.actions.SlackReminderNotifier;
import dev.scribe.slack.drafts.DraftDelivery;
import dev.scribe.slack.timeline.ReactionListeners;
import dev.scribe.slack.timeline.TaggedMessageFetcher;
import dev.scribe.storage.Database;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack app: the composition root's second half. Builds the Bolt app over the services, and
 * serves it over HTTP or Socket Mode, with the background work that goes with it.
 */
public final class ScribeApp implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ScribeApp.class);

  private final ScribeConfig config;
  private final Services services;
  private final App app;
  private final MethodsClient slack;
  private final ExecutorService afterAck;
  private final ScheduledExecutorService background;
  private final TaggedMessageFetcher fetcher;
  private final SlackUserDirectory users;
  private final ReminderScheduler reminders;
  private SlackHttpServer httpServer;
  private SocketModeApp socketModeApp;

  public ScribeApp(ScribeConfig config, Database database, Clock clock) {
    this.config = config;
    this.services = Services.create(config, database, clock);
    Slack slackClient = slackClient(config);
    this.slack = slackClient.methods(config.botToken());
    this.afterAck = Executors.newFixedThreadPool(4, daemon("scribe-after-ack"));
    this.background = Executors.newSingleThreadScheduledExecutor(daemon("scribe-background"));
    // Explicit values: Bolt's defaults read SLACK_* variables and could switch it to OAuth mode.
    AppConfig appConfig =
        AppConfig.builder()
            .slack(slackClient)
            .singleTeamBotToken(config.botToken())
            .signingSecret(config.signingSecret() == null ? "" : config.signingSecret())
            .clientId(null)
            .clientSecret(null)
            .allEventsApiAutoAckEnabled(true)
            .build();
    this.app = new App(appConfig);
    this.users = new SlackUserDirectory(slack, services.slackUsers, clock, afterAck);
    this.fetcher =
        new TaggedMessageFetcher(slack, services.taggedMessages, services.timelineRepository);
    PmDispatcher dispatcher =
        new PmDispatcher(
            PmCommands.all(
                services, config, users, new DraftDelivery(slack, config.draftCanvas()), afterAck));
    app.command(
        "/pm",
        new PmCommandListener(
            dispatcher,
            users,
            services.workspaceSettings,
            config.defaultZone(),
            config.confirmationsInChannel()));
    new ReactionListeners(
            services.taggedMessages,
            services.workspaceSettings,
            fetcher,
            slack,
            afterAck,
            config.confirmationsInChannel())
        .register(app);
    new ReminderInteractions(services.actionItems, users, config.defaultZone(), clock, afterAck)
        .register(app);
    this.reminders = new ReminderScheduler(this::sweepReminders, config.reminders().interval());
  }

  /** One reminder sweep now, as the scheduler runs it every interval. */
  public SweepReport sweepReminders() {
    return services
        .reminderSweep(SlackReminderNotifier.of(slack, users), users, config.reminders())
        .run();
  }

  /** Starts serving: Socket Mode when an app token is configured, HTTP otherwise. */
  public void start() throws Exception {
    // After a restart, messages tagged before it get their words; new tags are fetched right away.
    background.scheduleWithFixedDelay(this::retryPendingFetches, 5, 60, TimeUnit.SECONDS);
    reminders.start();
    if (config.socketMode()) {
      socketModeApp =
          new SocketModeApp(config.appToken(), app, SocketModeClient.Backend.JavaWebSocket, 8);
      socketModeApp.startAsync();
      // Since a recent Bolt change the client no longer reconnects on close unless told to.
      socketModeApp.getClient().setAutoReconnectOnCloseEnabled(true);
      log.info("Connected to Slack in Socket Mode");
    } else {
      try {
        app.start(); // auth.test: checks the bot token before Slack's first request arrives
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "Slack did not accept SLACK_BOT_TOKEN (auth.test at "
                + config.slackApiUrl()
                + "): "
                + e.getMessage(),
            e);
      }
    }
    // In Socket Mode too: container and Kubernetes probes ask GET /health.
    httpServer =
        new SlackHttpServer(
            app, !config.socketMode(), "0.0.0.0", config.port(), services.database::isHealthy);
    httpServer.start();
  }

  private void retryPendingFetches() {
    try {
      fetcher.retryPending();
    } catch (RuntimeException e) {
      log.warn("Retrying tagged messages failed; will try again", e);
    }
  }

  /** The HTTP port in use (useful with PORT=0). */
  public int httpPort() {
    return httpServer.port();
  }

  public Services services() {
    return services;
  }

  public App bolt() {
    return app;
  }

  public MethodsClient slack() {
    return slack;
  }

  /** The Web API methods with the bot token, pointed at {@code SLACK_API_URL}. */
  public static MethodsClient methods(ScribeConfig config) {
    return slackClient(config).methods(config.botToken());
  }

  /** The Web API client, pointed at {@code SLACK_API_URL}. */
  static Slack slackClient(ScribeConfig config) {
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl());
    slackConfig.setStatsEnabled(false);
    return Slack.getInstance(slackConfig);
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
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
    reminders.close();
    afterAck.shutdown();
    try {
      afterAck.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
