package dev.scribe.slack;

import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.Lookup;
import dev.scribe.outbox.MessageKind;
import dev.scribe.outbox.Outgoing;
import dev.scribe.outbox.Sender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts a deferred request's answer to its {@code response_url}. A post is not looked up afterwards
 * (Slack offers no way), so one whose outcome is unknown is taken as delivered: the command is done
 * either way, and a repeated in-channel answer is worse than a missing one.
 */
public final class ResponseUrlSender implements Sender<ResponseUrlAnswer> {

  private final Duration timeout;

  /**
   * Built at the first answer: few requests are ever deferred, and building a client at start-up
   * sets up TLS and a selector thread for nothing.
   */
  private HttpClient http;

  public ResponseUrlSender(Duration timeout) {
    this.timeout = timeout;
  }

  private synchronized HttpClient http() {
    if (http == null) {
      http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }
    return http;
  }

  @Override
  public MessageKind<ResponseUrlAnswer> kind() {
    return ResponseUrlAnswer.KIND;
  }

  @Override
  public Delivery send(Outgoing<ResponseUrlAnswer> message) {
    ResponseUrlAnswer answer = message.payload();
    HttpRequest post;
    try {
      post =
          HttpRequest.newBuilder(URI.create(answer.responseUrl()))
              .timeout(timeout)
              .header("Content-Type", "application/json; charset=utf-8")
              .POST(HttpRequest.BodyPublishers.ofString(answer.body(), StandardCharsets.UTF_8))
              .build();
    } catch (IllegalArgumentException e) {
      return new Delivery.Failed("not a response URL");
    }
    try {
      HttpResponse<String> response = http().send(post, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return new Delivery.Sent(answer.responseUrl());
      }
      if (status == 429) {
        return new Delivery.RetryLater(
            SlackOutcomes.retryAfter(response.headers().firstValue("Retry-After").orElse(null)),
            "HTTP 429",
            false);
      }
      if (status >= 500 || status == 408) {
        return Delivery.RetryLater.notDelivered("HTTP " + status);
      }
      // 404 expired_url or used_url, 400…: no later try can fix it.
      return new Delivery.Failed("HTTP " + status + " " + response.body());
    } catch (IOException e) {
      return SlackOutcomes.ofNetwork(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Delivery.RetryLater.notDelivered("interrupted");
    }
  }

  @Override
  public Lookup findDelivered(Outgoing<ResponseUrlAnswer> message) {
    return new Lookup.AssumedDelivered("a response URL post cannot be looked up");
  }
}
