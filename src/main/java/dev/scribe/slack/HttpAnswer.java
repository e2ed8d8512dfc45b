package dev.scribe.slack;

import com.slack.api.bolt.response.Response;
import java.util.List;
import java.util.Map;

/** What the HTTP server sends back: a status, headers and a small text body. */
record HttpAnswer(int status, String contentType, Map<String, List<String>> headers, String body) {

  static HttpAnswer text(int status, String body) {
    return new HttpAnswer(status, "text/plain; charset=utf-8", Map.of(), body);
  }

  static HttpAnswer json(int status, String body) {
    return new HttpAnswer(status, "application/json; charset=utf-8", Map.of(), body);
  }

  /** Prometheus' text exposition format. */
  static HttpAnswer prometheus(String body) {
    return new HttpAnswer(200, "text/plain; version=0.0.4; charset=utf-8", Map.of(), body);
  }

  static HttpAnswer of(Response bolt) {
    return new HttpAnswer(
        bolt.getStatusCode(),
        bolt.getContentType() == null ? "text/plain; charset=utf-8" : bolt.getContentType(),
        bolt.getHeaders() == null ? Map.of() : bolt.getHeaders(),
        bolt.getBody() == null ? "" : bolt.getBody());
  }
}
