package dev.scribe.demo;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/{method}}: parse the call, record it, apply any queued failure, answer like Slack.
 */
final class FakeSlackExchanges {
  private static final String PREFIX = "/api/";

  private final Map<String, SlackMethod> methods;
  private final CallLog log;
  private final Mishaps mishaps;

  FakeSlackExchanges(Map<String, SlackMethod> methods, CallLog log, Mishaps mishaps) {
    this.methods = methods;
    this.log = log;
    this.mishaps = mishaps;
  }

  void mount(HttpServer server) {
    server.createContext(PREFIX, this::handle);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestURI().getPath().substring(PREFIX.length());
      RecordedCall call = record(exchange, method);
      Optional<Mishaps.Mishap> mishap = mishaps.take(method);
      if (mishap.isPresent() && mishap.get() instanceof Mishaps.Delay delay) {
        sleep(delay);
      } else if (mishap.isPresent() && mishap.get() instanceof Mishaps.HttpFailure failure) {
        failure
            .retryAfterSeconds()
            .ifPresent(s -> exchange.getResponseHeaders().set("Retry-After", s.toString()));
        String error = failure.status() == 429 ? "ratelimited" : "fake_http_" + failure.status();
        send(exchange, failure.status(), SlackJson.error(error));
        return;
      } else if (mishap.isPresent() && mishap.get() instanceof Mishaps.ErrorAnswer answer) {
        send(exchange, 200, SlackJson.error(answer.error()));
        return;
      }
      send(exchange, 200, answer(call));
    }
  }

  private JsonObject answer(RecordedCall call) {
    SlackMethod method = methods.get(call.method());
    if (method == null) {
      return SlackJson.error("unknown_method");
    }
    String token = call.token().orElse("");
    if (token.isBlank()) {
      return SlackJson.error("not_authed");
    }
    if (token.equals("null")) {
      // slack-api-client sends "Bearer null" when it has no token; Slack rejects that token.
      return SlackJson.error("invalid_auth");
    }
    try {
      return method.call(call);
    } catch (SlackError e) {
      return SlackJson.error(e.error());
    } catch (RuntimeException e) {
      // Malformed numbers or JSON in a parameter: Slack rejects those arguments too.
      JsonObject error = SlackJson.error("invalid_arguments");
      error.addProperty("fake_detail", e.toString());
      return error;
    }
  }

  private RecordedCall record(HttpExchange exchange, String method) throws IOException {
    Map<String, String> params =
        new LinkedHashMap<>(HttpBodies.form(exchange.getRequestURI().getRawQuery()));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String contentType =
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
    params.putAll(
        contentType.startsWith("application/json") ? HttpBodies.json(body) : HttpBodies.form(body));
    String authorization =
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
    RecordedCall call = new RecordedCall(method, params, authorization, Instant.now());
    log.add(call);
    return call;
  }

  private static void send(HttpExchange exchange, int status, JsonObject json) throws IOException {
    byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static void sleep(Mishaps.Delay delay) {
    try {
      Thread.sleep(delay.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
