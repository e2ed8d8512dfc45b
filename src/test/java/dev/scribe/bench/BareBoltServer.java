package dev.scribe.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.scribe.slack.SlackHttpServer;
import java.util.concurrent.CountDownLatch;

/**
 * The framework floor of the request-path benchmark: a bare Bolt app whose {@code /pm} handler only
 * acknowledges, served by Scribe's own HTTP adapter with the same settings. Reads {@code
 * SLACK_BOT_TOKEN}, {@code SLACK_SIGNING_SECRET}, {@code SLACK_API_URL} and {@code PORT}.
 */
public final class BareBoltServer {

  private BareBoltServer() {}

  public static void main(String[] args) throws Exception {
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(System.getenv("SLACK_API_URL"));
    slackConfig.setStatsEnabled(false);
    App app =
        new App(
            AppConfig.builder()
                .slack(Slack.getInstance(slackConfig))
                .singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN"))
                .signingSecret(System.getenv("SLACK_SIGNING_SECRET"))
                .clientId(null)
                .clientSecret(null)
                .allEventsApiAutoAckEnabled(true)
                .requestVerificationEnabled(false) // as Scribe: the server checks signatures
                .ignoringSelfEventsEnabled(false)
                .build());
    app.command("/pm", (request, context) -> context.ack());
    app.start(); // auth.test, as Scribe does
    SlackHttpServer server =
        new SlackHttpServer(
            app, true, "0.0.0.0", Integer.parseInt(System.getenv("PORT")), () -> true);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    server.start();
    stopped.await();
  }
}
