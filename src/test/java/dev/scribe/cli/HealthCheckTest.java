package dev.scribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HealthCheckTest {
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  @Test
  void healthyWhenHealthAnswers200() throws Exception {
    HttpServer server = serverAnswering(200);
    try {
      assertThat(HealthCheck.check(healthUrl(server), err)).isZero();
      assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEmpty();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void unhealthyWhenHealthAnswersAnError() throws Exception {
    HttpServer server = serverAnswering(503);
    try {
      assertThat(HealthCheck.check(healthUrl(server), err)).isEqualTo(1);
      assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("HTTP 503");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void unhealthyWhenNothingListens() throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      freePort = socket.getLocalPort();
    }

    assertThat(HealthCheck.check("http://127.0.0.1:" + freePort + "/health", err)).isEqualTo(1);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("unreachable");
  }

  @Test
  void unhealthyWhenTheUrlIsNonsense() {
    assertThat(HealthCheck.check("not a url", err)).isEqualTo(1);
  }

  private static HttpServer serverAnswering(int status) throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/health",
        exchange -> {
          byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static String healthUrl(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/health";
  }
}
