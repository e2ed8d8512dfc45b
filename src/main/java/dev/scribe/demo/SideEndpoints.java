package dev.scribe.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The URLs Slack hands out besides the Web API: file upload URLs and response URLs. */
final class SideEndpoints {
  static final String UPLOAD = "/upload/";
  static final String RESPOND = "/respond/";

  private final FakeFiles files;
  private final List<ResponseUrlPost> responses = new ArrayList<>();
  private final AtomicInteger responseUrls = new AtomicInteger();

  SideEndpoints(FakeFiles files) {
    this.files = files;
  }

  void mount(HttpServer server) {
    server.createContext(UPLOAD, this::upload);
    server.createContext(RESPOND, this::respond);
  }

  String newResponsePath() {
    return RESPOND + responseUrls.incrementAndGet();
  }

  synchronized List<ResponseUrlPost> responses() {
    return List.copyOf(responses);
  }

  synchronized List<ResponseUrlPost> awaitResponses(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (responses.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(
            "expected "
                + count
                + " response URL post(s) within "
                + timeout
                + " but got "
                + responses.size());
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a response URL post", e);
      }
    }
    return List.copyOf(responses);
  }

  /**
   * Upload URLs take raw bytes (what slack-api-client posts) or a multipart form with a file part.
   */
  private void upload(HttpExchange exchange) throws IOException {
    try (exchange) {
      String fileId = exchange.getRequestURI().getPath().substring(UPLOAD.length());
      byte[] body = exchange.getRequestBody().readAllBytes();
      String contentType = contentType(exchange);
      byte[] content =
          contentType.startsWith("multipart/")
              ? HttpBodies.multipartFile(body, contentType).orElse(body)
              : body;
      boolean stored = files.store(fileId, content);
      answer(exchange, stored ? 200 : 404, stored ? "OK - " + content.length : "file not found");
    }
  }

  private void respond(HttpExchange exchange) throws IOException {
    try (exchange) {
      String json = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String url =
          "http://"
              + exchange.getRequestHeaders().getFirst("Host")
              + exchange.getRequestURI().getPath();
      synchronized (this) {
        responses.add(new ResponseUrlPost(url, json, Instant.now()));
        notifyAll();
      }
      answer(exchange, 200, "ok");
    }
  }

  private static String contentType(HttpExchange exchange) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
