package dev.scribe.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves Bolt over the JDK's own HTTP server: {@code POST /slack/events} and {@code GET /health}.
 *
 * <p>Why not {@code bolt-jetty}: its newest release here runs on Jetty 9.4, which is end of life.
 * Bolt needs only the raw body and headers ({@code App#run(Request)}), which {@code
 * com.sun.net.httpserver} gives with no dependency to patch; and reading the body as bytes keeps it
 * exactly as Slack signed it (the servlet adapter rebuilds it line by line).
 */
public final class SlackHttpServer implements AutoCloseable {

  public static final String EVENTS_PATH = "/slack/events";
  private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
  private static final int MAX_BODY_BYTES = 1 << 20;

  static {
    // The JDK server waits forever for a slow request by default; a few slow clients on the
    // public port would then hold every worker and stall Slack's deliveries. Read once, at the
    // server's first use, so set here, before any HttpServer is created.
    System.setProperty(
        "sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "30"));
    System.setProperty(
        "sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "30"));
  }

  private final App app;
  private final boolean acceptSlackRequests;
  private final BooleanSupplier healthy;
  private final SlackRequestParser parser;
  private final HttpServer server;
  private final ExecutorService executor;

  /**
   * @param acceptSlackRequests false in Socket Mode, where Slack's requests come over the socket
   *     and only {@code /health} is served
   */
  public SlackHttpServer(
      App app, boolean acceptSlackRequests, String host, int port, BooleanSupplier healthy)
      throws IOException {
    this.app = app;
    this.acceptSlackRequests = acceptSlackRequests;
    this.healthy = healthy;
    this.parser = new SlackRequestParser(app.config());
    this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
    this.executor =
        Executors.newFixedThreadPool(
            16,
            r -> {
              Thread t = new Thread(r, "scribe-http");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  public void start() {
    server.start();
    log.info(
        "Listening on port {}: {}GET /health",
        port(),
        acceptSlackRequests ? "POST " + EVENTS_PATH + " and " : "");
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (path.equals("/health") && method.equals("GET")) {
        boolean up = healthy.getAsBoolean();
        respond(
            exchange,
            up ? 200 : 503,
            "application/json",
            "{\"status\":\""
                + (up ? "ok" : "unavailable")
                + "\",\"database\":\""
                + (up ? "up" : "down")
                + "\"}");
      } else if (path.equals(EVENTS_PATH) && method.equals("POST") && acceptSlackRequests) {
        slack(exchange);
      } else if (path.equals(EVENTS_PATH) || path.equals("/health")) {
        respond(exchange, 405, "text/plain", "Method Not Allowed");
      } else {
        respond(exchange, 404, "text/plain", "Not Found");
      }
    } catch (RuntimeException e) {
      log.error("Unexpected error serving {}", exchange.getRequestURI().getPath(), e);
    }
  }

  private void slack(HttpExchange exchange) throws IOException {
    byte[] body = readBody(exchange.getRequestBody());
    if (body == null) {
      respond(exchange, 413, "text/plain", "Payload Too Large");
      return;
    }
    String query = exchange.getRequestURI().getRawQuery();
    Map<String, List<String>> headers = exchange.getRequestHeaders();
    SlackRequestParser.HttpRequest raw =
        SlackRequestParser.HttpRequest.builder()
            .requestUri(exchange.getRequestURI().getPath())
            .queryString(QueryStringParser.toMap(query))
            .requestBody(new String(body, StandardCharsets.UTF_8))
            .headers(new RequestHeaders(headers))
            .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
            .build();
    Response response;
    try {
      Request<?> request = parser.parse(raw);
      response = app.run(request);
    } catch (Exception e) {
      log.error("Bolt failed on a request", e);
      response =
          Response.builder()
              .statusCode(500)
              .contentType("text/plain")
              .body("Internal Server Error")
              .build();
    }
    if (response.getHeaders() != null) {
      response
          .getHeaders()
          .forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
    }
    String contentType =
        response.getContentType() == null ? "text/plain" : response.getContentType();
    respond(
        exchange,
        response.getStatusCode(),
        contentType,
        response.getBody() == null ? "" : response.getBody());
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    return bytes.length > MAX_BODY_BYTES ? null : bytes;
  }

  private static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
