package dev.scribe.cli;

import dev.scribe.app.ClassPreload;
import dev.scribe.app.Scribe;
import dev.scribe.app.ScribeApp;
import dev.scribe.config.ScribeConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Run the Slack app: HTTP on PORT (POST /slack/events, GET /health), or Socket Mode when SLACK_APP_TOKEN is set.")
final class ServeCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);
  private final CliContext context;

  ServeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    ScribeConfig config = context.config(ScribeConfig.Needs.SLACK);
    ClassPreload.startInBackground();
    log.info("Starting Scribe: {}", config);
    Scribe scribe = context.open(config);
    ScribeApp app = scribe.slackApp();
    try {
      app.start();
    } catch (Exception e) {
      app.close();
      scribe.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("Stopping Scribe");
                  app.close();
                  scribe.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }
}
