package dev.scribe.e2e;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import dev.scribe.ScribeApp;
import dev.scribe.config.ScribeConfig;
import dev.scribe.demo.FakeSlackApi;
import dev.scribe.common.SettableClock;
import dev.scribe.storage.Database;
import dev.scribe.storage.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real Scribe app on a loopback port, its Slack Web API faked on another, and a client that
 * signs requests exactly as Slack does.
 */
public final class ScribeHarness implements AutoCloseable {

  public static final String SECRET = "test-signing-secret";
  public static final String TEAM = "T0FAKE";

  public final FakeSlackApi slack;
  public final Database database;
  public final ScribeApp app;
  public final SettableClock clock;
  private final HttpClient http = HttpClient.newHttpClient();
  private final SlackSignature.Generator signer = new SlackSignature.Generator(SECRET);

  public ScribeHarness(SettableClock clock) throws Exception {
    this(clock, TestDatabases.sqlite(), Map.of());
  }

  public ScribeHarness(SettableClock clock, Database database, Map<String, String> extraEnv) throws Exception {
    this.clock = clock;
    this.slack = FakeSlackApi.start();
    slack.setTeamId(TEAM);
    this.database = database;
    Map<String, String> env = new HashMap<>(Map.of(
        "SLACK_BOT_TOKEN", "xoxb-test-token",
        "SLACK_SIGNING_SECRET", SECRET,
        "SLACK_API_URL", slack.methodsUrl(),
        "PORT", "0"));
    env.putAll(extraEnv);
    ScribeConfig config = ScribeConfig.fromEnvironment(env, ScribeConfig.Needs.SLACK);
    this.app = new ScribeApp(config, database, clock);
    app.start();
  }

  public URI eventsUri() {
    return URI.create("http://127.0.0.1:" + app.httpPort() + "/slack/events");
  }

  /** Types {@code /pm TEXT} as a user in a channel; returns Slack's view of the response. */
  public JsonObject pm(String userId, String channelId, String text) throws Exception {
    return pm(TEAM, userId, channelId, text);
  }

  public JsonObject pm(String teamId, String userId, String channelId, String text) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy");
    form.put("team_id", teamId);
    form.put("team_domain", "acme");
    form.put("channel_id", channelId);
    form.put("channel_name", "incident");
    form.put("user_id", userId);
    form.put("user_name", userId.toLowerCase());
    form.put("command", "/pm");
    form.put("text", text);
    form.put("api_app_id", "A0SCRIBE");
    form.put("response_url", "https://hooks.slack.invalid/commands/1");
    form.put("trigger_id", "1337.42.abcd");
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpResponse<String> response = post(body, "application/x-www-form-urlencoded", Map.of());
    if (response.statusCode() != 200) {
      throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
    }
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  /** Delivers an Events API event ({@code event} JSON) with a Slack event id. */
  public HttpResponse<String> event(String eventId, String eventJson, Map<String, String> headers) throws Exception {
    return event(TEAM, eventId, eventJson, headers);
  }

  public HttpResponse<String> event(String teamId, String eventId, String eventJson, Map<String, String> headers) throws Exception {
    String body = "{\"token\":\"legacy\",\"team_id\":\"" + teamId + "\",\"api_app_id\":\"A0SCRIBE\","
        + "\"event\":" + eventJson + ",\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\","
        + "\"event_time\":" + clock.instant().getEpochSecond() + "}";
    return post(body, "application/json", headers);
  }

  /** A signed POST, as Slack would send it. */
  public HttpResponse<String> post(String body, String contentType, Map<String, String> headers) throws IOException, InterruptedException {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    return postSigned(body, contentType, timestamp, signer.generate(timestamp, body), headers);
  }

  public HttpResponse<String> postSigned(String body, String contentType, String timestamp, String signature,
      Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(eventsUri())
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

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public static String text(JsonObject response) {
    return response.get("text").getAsString();
  }

  public static boolean inChannel(JsonObject response) {
    return "in_channel".equals(response.get("response_type").getAsString());
  }

  @Override
  public void close() {
    app.close();
    slack.close();
    database.close();
  }
}
