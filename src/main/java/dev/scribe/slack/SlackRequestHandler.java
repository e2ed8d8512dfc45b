package dev.scribe.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes {@code /health} and {@code /slack/events}, and reads a Slack request's body without
 * holding a thread while it arrives: Jetty calls back when the last byte is in, and only then is a
 * thread taken to check the signature and run Bolt. A body that is too large gets 413 (at once when
 * its length is announced); one that is not complete within the read timeout gets 408 and the
 * connection is closed.
 */
final class SlackRequestHandler extends Handler.Abstract {

  private static final Logger log = LoggerFactory.getLogger(SlackRequestHandler.class);

  private final SlackRequestGate gate;
  private final BooleanSupplier healthy;
  private final Supplier<String> metrics;
  private final SlackHttpServer.Limits limits;

  /**
   * @param gate null when Slack's requests are not served here (Socket Mode)
   * @param metrics the Prometheus text of {@code GET /metrics}, or null when not served
   */
  SlackRequestHandler(
      SlackRequestGate gate,
      BooleanSupplier healthy,
      Supplier<String> metrics,
      SlackHttpServer.Limits limits) {
    this.gate = gate;
    this.healthy = healthy;
    this.metrics = metrics;
    this.limits = limits;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    if (path.equals("/health")) {
      if (method.equals("GET") || method.equals("HEAD")) {
        health(response, callback);
      } else {
        write(response, callback, HttpAnswer.text(405, "Method Not Allowed"));
      }
    } else if (path.equals("/metrics") && metrics != null) {
      if (method.equals("GET") || method.equals("HEAD")) {
        write(response, callback, HttpAnswer.prometheus(metrics.get()));
      } else {
        write(response, callback, HttpAnswer.text(405, "Method Not Allowed"));
      }
    } else if (path.equals(SlackHttpServer.EVENTS_PATH) && gate != null) {
      if (method.equals("POST")) {
        slack(request, response, callback);
      } else {
        write(response, callback, HttpAnswer.text(405, "Method Not Allowed"));
      }
    } else {
      write(response, callback, HttpAnswer.text(404, "Not Found"));
    }
    return true;
  }

  private void health(Response response, Callback callback) {
    boolean up = healthy.getAsBoolean();
    write(
        response,
        callback,
        HttpAnswer.json(
            up ? 200 : 503,
            "{\"status\":\""
                + (up ? "ok" : "unavailable")
                + "\",\"database\":\""
                + (up ? "up" : "down")
                + "\"}"));
  }

  private void slack(Request request, Response response, Callback callback) {
    if (request.getLength() > limits.maxBodyBytes()) {
      closeAfter(response);
      write(response, callback, HttpAnswer.text(413, "Payload Too Large"));
      return;
    }
    AtomicBoolean answered = new AtomicBoolean();
    Scheduler.Task deadline =
        request
            .getComponents()
            .getScheduler()
            .schedule(
                () -> {
                  if (answered.compareAndSet(false, true)) {
                    closeAfter(response);
                    write(response, callback, HttpAnswer.text(408, "Request Timeout"));
                  }
                },
                limits.bodyReadTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
    Content.Source.asByteArrayAsync(
        request,
        limits.maxBodyBytes(),
        new Promise.Invocable<>() {
          @Override
          public void succeeded(byte[] body) {
            if (answered.compareAndSet(false, true)) {
              deadline.cancel();
              write(response, callback, serve(request, body));
            }
          }

          @Override
          public void failed(Throwable failure) {
            if (answered.compareAndSet(false, true)) {
              deadline.cancel();
              closeAfter(response);
              // Jetty fails the read with IllegalStateException when the body outgrows the limit
              // (a chunked body, whose length was not announced); otherwise the peer went quiet.
              boolean tooLarge = failure instanceof IllegalStateException;
              write(
                  response,
                  callback,
                  HttpAnswer.text(
                      tooLarge ? 413 : 408, tooLarge ? "Payload Too Large" : "Request Timeout"));
            }
          }

          @Override
          public InvocationType getInvocationType() {
            return InvocationType.BLOCKING; // Bolt and the database block
          }
        });
  }

  private HttpAnswer serve(Request request, byte[] body) {
    try {
      return gate.serve(incoming(request, body));
    } catch (RuntimeException e) {
      log.error("Failed to serve a Slack request", e);
      return HttpAnswer.text(500, "Internal Server Error");
    }
  }

  private static SlackRequestGate.Incoming incoming(Request request, byte[] body) {
    Map<String, List<String>> headers = new HashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
    }
    return new SlackRequestGate.Incoming(
        Request.getPathInContext(request),
        request.getHttpURI().getQuery(),
        headers,
        Request.getRemoteAddr(request),
        body);
  }

  private static void closeAfter(Response response) {
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
  }

  private static void write(Response response, Callback callback, HttpAnswer answer) {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    response.setStatus(answer.status());
    HttpFields.Mutable headers = response.getHeaders();
    answer.headers().forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
    headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
