package dev.scribe.app;

import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up on two cores. {@code serve} builds everything on one thread, and about a third of that
 * time is loading and initialising the classes of the Slack client (OkHttp and TLS) and of the HTTP
 * server (Jetty), which need nothing from the database. Built once here, on a thread of its own
 * while the main thread opens the database, those classes are ready when the main thread builds the
 * real ones. What is built here is thrown away; nothing is started, no connection is made.
 */
public final class ClassPreload {

  private static final Logger log = LoggerFactory.getLogger(ClassPreload.class);

  private ClassPreload() {}

  /** Starts the preload and returns at once. */
  public static void startInBackground() {
    Thread preload = new Thread(ClassPreload::run, "scribe-class-preload");
    preload.setDaemon(true);
    preload.start();
  }

  private static void run() {
    try {
      SlackHttpClient.buildOkHttpClient(new SlackConfig());
      new ServerConnector(new Server());
    } catch (RuntimeException | LinkageError e) {
      // Only time is at stake: the main thread builds what it needs either way.
      log.debug("Preloading classes failed", e);
    }
  }
}
