package dev.scribe.slack;

import dev.scribe.common.DeferredRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a deferred request's answer to its {@code response_url} at once. Interim: the outbox makes
 * this promise durable (retried, delivered once); until it is merged, a failed post is logged.
 */
public final class DirectResponseUrlAnswers implements DeferredAnswers {

  private static final Logger log = LoggerFactory.getLogger(DirectResponseUrlAnswers.class);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  public void answer(DeferredRequest request, Reply reply, boolean inChannel) {
    if (request.responseUrl() == null || request.responseUrl().isBlank()) {
      return;
    }
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(request.responseUrl()))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json; charset=utf-8")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          ResponseUrlReply.json(reply, inChannel), StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        log.warn("response_url answered {} for request {}", response.statusCode(), request.id());
      }
    } catch (IOException | IllegalArgumentException e) {
      log.warn("Could not answer request {} at its response_url: {}", request.id(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
