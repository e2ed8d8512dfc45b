package dev.scribe.demo;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Sends what Slack sends — slash commands and Events API deliveries — signed with the signing
 * secret.
 */
public final class SignedSlackRequests {

  private final URI endpoint;
  private final String teamId;
  private final SlackSignature.Generator signer;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicLong eventIds = new AtomicLong();
  private final Supplier<String> responseUrls;

  /** Commands carry a {@code response_url} that goes nowhere. */
  public SignedSlackRequests(URI endpoint, String signingSecret, String teamId) {
    this(endpoint, signingSecret, teamId, () -> "https://hooks.slack.invalid/commands/demo");
  }

  /**
   * Each command carries a fresh {@code response_url} from {@code responseUrls}, such as {@link
   * FakeSlackApi#newResponseUrl()}, where Scribe's later answers can be read.
   */
  public SignedSlackRequests(
      URI endpoint, String signingSecret, String teamId, Supplier<String> responseUrls) {
    this.endpoint = endpoint;
    this.teamId = teamId;
    this.signer = new SlackSignature.Generator(signingSecret);
    this.responseUrls = responseUrls;
  }

  /** {@code /pm TEXT} typed by a user in a channel; returns the response body (the ack). */
  public String pm(String userId, String channelId, String text)
      throws IOException, InterruptedException {
    return pm(teamId, userId, channelId, text);
  }

  /** {@code /pm TEXT} typed in another workspace. */
  public String pm(String team, String userId, String channelId, String text)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team_id", team);
    form.put("channel_id", channelId);
    form.put("user_id", userId);
    form.put("command", "/pm");
    form.put("text", text);
    form.put("response_url", responseUrls.get());
    // Slack gives every invocation its own trigger id; Scribe keys the work it owes on it.
    form.put("trigger_id", "demo.trigger." + UUID.randomUUID());
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return ok(post(body, "application/x-www-form-urlencoded", Map.of())).body();
  }

  /** A user adds an emoji reaction to a message. */
  public int reaction(String userId, String emoji, String channelId, String ts)
      throws IOException, InterruptedException {
    String event =
        "{\"type\":\"reaction_added\",\"user\":\""
            + userId
            + "\",\"reaction\":\""
            + emoji
            + "\","
            + "\"item\":{\"type\":\"message\",\"channel\":\""
            + channelId
            + "\",\"ts\":\""
            + ts
            + "\"},\"event_ts\":\""
            + ts
            + "\"}";
    return ok(event(teamId, "EvDEMO" + eventIds.incrementAndGet(), event, Map.of())).statusCode();
  }

  /**
   * An Events API delivery of {@code eventJson}, with extra headers (Slack's retry headers, say).
   */
  public HttpResponse<String> event(
      String team, String eventId, String eventJson, Map<String, String> headers)
      throws IOException, InterruptedException {
    String body =
        "{\"team_id\":\""
            + team
            + "\",\"api_app_id\":\"A0SCRIBE\",\"event\":"
            + eventJson
            + ",\"type\":\"event_callback\",\"event_id\":\""
            + eventId
            + "\",\"event_time\":0}";
    return post(body, "application/json", headers);
  }

  /** A POST signed now with the signing secret, as Slack sends it. */
  public HttpResponse<String> post(String body, String contentType, Map<String, String> headers)
      throws IOException, InterruptedException {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    return postSigned(body, contentType, timestamp, signer.generate(timestamp, body), headers);
  }

  /** A POST with the given timestamp and signature headers (either may be null: left out). */
  public HttpResponse<String> postSigned(
      String body,
      String contentType,
      String timestamp,
      String signature,
      Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (timestamp != null) {
      request.header("X-Slack-Request-Timestamp", timestamp);
    }
    if (signature != null) {
      request.header("X-Slack-Signature", signature);
    }
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) throws IOException {
    if (response.statusCode() != 200) {
      throw new IOException(
          "Scribe answered HTTP " + response.statusCode() + ": " + response.body());
    }
    return response;
  }
}
