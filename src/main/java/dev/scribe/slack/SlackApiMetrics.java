package dev.scribe.slack;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Every Slack Web API call, timed by method and outcome: {@code ok}, {@code error} (Slack answered
 * {@code "ok": false}; the error code is counted too), {@code rate_limited} (HTTP 429, which Slack
 * asks to be retried after {@code Retry-After}), {@code http_error} or {@code io_error}. An OkHttp
 * interceptor on the Slack client, so every call Bolt or Scribe makes is seen.
 */
public final class SlackApiMetrics implements Interceptor {

  private static final Pattern ERROR =
      Pattern.compile(
          "\"ok\"\\s*:\\s*false.*?\"error\"\\s*:\\s*\"([a-z_]{1,64})\"", Pattern.DOTALL);

  private final MeterRegistry meters;

  public SlackApiMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    List<String> path = chain.request().url().pathSegments();
    String method = path.isEmpty() ? "none" : path.get(path.size() - 1);
    long started = System.nanoTime();
    String outcome = "io_error";
    try {
      Response response = chain.proceed(chain.request());
      outcome = outcome(method, response);
      return response;
    } finally {
      Timer.builder("scribe.slack.api.calls")
          .description("Slack Web API calls by method and outcome")
          .tags("method", method, "outcome", outcome)
          .register(meters)
          .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
  }

  private String outcome(String method, Response response) throws IOException {
    if (response.code() == 429) {
      return "rate_limited";
    }
    if (response.code() != 200) {
      return "http_error";
    }
    Matcher error = ERROR.matcher(response.peekBody(4_096).string());
    if (!error.find()) {
      return "ok";
    }
    Counter.builder("scribe.slack.api.errors")
        .description("Slack Web API answers with ok=false, by method and Slack's error code")
        .tags("method", method, "error", error.group(1))
        .register(meters)
        .increment();
    return "error";
  }
}
