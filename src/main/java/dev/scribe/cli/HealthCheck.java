package dev.scribe.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A container health probe: GETs Scribe's {@code /health} and exits 0 when it answers 200, else 1.
 * The runtime image has neither curl nor wget, so the Dockerfile's {@code HEALTHCHECK} runs this
 * class from the application jar. It takes the URL as its argument rather than reading the
 * environment, so configuration stays in one place.
 */
public final class HealthCheck {
  static final String DEFAULT_URL = "http://127.0.0.1:3000/health";
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private HealthCheck() {}

  /** {@code HealthCheck [URL]}; exit code 0 healthy, 1 not (Docker reserves 2). */
  public static void main(String[] args) {
    System.exit(check(args.length > 0 ? args[0] : DEFAULT_URL, System.err));
  }

  /** Probes {@code url}; explains a failure in one line on {@code err}; returns the exit code. */
  static int check(String url, PrintStream err) {
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status == 200) {
        return 0;
      }
      err.println("unhealthy: " + url + " answered HTTP " + status);
      return 1;
    } catch (IOException | IllegalArgumentException e) {
      err.println("unhealthy: " + url + " unreachable (" + e + ")");
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("unhealthy: interrupted while probing " + url);
      return 1;
    }
  }
}
