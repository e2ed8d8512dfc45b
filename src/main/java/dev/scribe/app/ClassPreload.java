package dev.scribe.app;

import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import dev.scribe.slack.SlackHttpServer;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up on two cores. {@code serve} builds everything on one thread, and much of that time is
 * loading and initialising the classes of the Slack client (OkHttp, TLS, host names) and of the
 * HTTP server (Jetty), which need nothing from the database. Built once here, on a thread of its
 * own while the main thread opens the database, those classes are ready when the main thread builds
 * the real ones. What is built here is thrown away; nothing is started, no connection is made.
 * (Jdbi, tried here too, gained nothing: the main thread needs it while this thread is still
 * loading it.)
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
      // Any host name goes through java.net.IDN, whose first use reads Unicode tables.
      HttpUrl.get("https://slack.com/api/");
      SlackHttpServer.loadClasses();
    } catch (RuntimeException | LinkageError e) {
      // Only time is at stake: the main thread builds what it needs either way.
      log.debug("Preloading classes failed", e);
    }
  }
}
