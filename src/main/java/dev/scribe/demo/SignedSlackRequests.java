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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** Sends what Slack sends — slash commands and Events API deliveries — signed with the signing secret. */
public final class SignedSlackRequests {

  private final URI endpoint;
  private final String teamId;
  private final SlackSignature.Generator signer;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicLong eventIds = new AtomicLong();

  public SignedSlackRequests(URI endpoint, String signingSecret, String teamId) {
    this.endpoint = endpoint;
    this.teamId = teamId;
    this.signer = new SlackSignature.Generator(signingSecret);
  }

  /** {@code /pm TEXT} typed by a user in a channel; returns the response body (the ack). */
  public String pm(String userId, String channelId, String text) throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team_id", teamId);
    form.put("channel_id", channelId);
    form.put("user_id", userId);
    form.put("command", "/pm");
    form.put("text", text);
    form.put("response_url", "https://hooks.slack.invalid/commands/demo");
    form.put("trigger_id", "demo.trigger");
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return post(body, "application/x-www-form-urlencoded").body();
  }

  /** A user adds an emoji reaction to a message. */
  public int reaction(String userId, String emoji, String channelId, String ts) throws IOException, InterruptedException {
    String event = "{\"type\":\"reaction_added\",\"user\":\"" + userId + "\",\"reaction\":\"" + emoji + "\","
        + "\"item\":{\"type\":\"message\",\"channel\":\"" + channelId + "\",\"ts\":\"" + ts + "\"},\"event_ts\":\"" + ts + "\"}";
    String body = "{\"team_id\":\"" + teamId + "\",\"api_app_id\":\"A0SCRIBE\",\"event\":" + event
        + ",\"type\":\"event_callback\",\"event_id\":\"EvDEMO" + eventIds.incrementAndGet() + "\",\"event_time\":0}";
    return post(body, "application/json").statusCode();
  }

  private HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", signer.generate(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException("Scribe answered HTTP " + response.statusCode() + ": " + response.body());
    }
    return response;
  }
}
