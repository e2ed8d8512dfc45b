package dev.scribe.e2e;

import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scribe.app.Scribe;
import dev.scribe.app.ScribeApp;
import dev.scribe.config.ScribeConfig;
import dev.scribe.demo.FakeSlackApi;
import dev.scribe.demo.SettableClock;
import dev.scribe.demo.SignedSlackRequests;
import dev.scribe.storage.Database;
import dev.scribe.storage.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The real Scribe app on a loopback port, its Slack Web API faked on another, and a client that
 * signs requests exactly as Slack does.
 */
public final class ScribeHarness implements AutoCloseable {

  public static final String SECRET = "test-signing-secret";
  public static final String TEAM = "T0FAKE";

  public final FakeSlackApi slack;
  public final Database database;
  public final Scribe scribe;
  public final ScribeApp app;
  public final SettableClock clock;
  public final SignedSlackRequests requests;
  private final boolean ownsSlack;
  private final HttpClient http = HttpClient.newHttpClient();

  public ScribeHarness(SettableClock clock) throws Exception {
    this(clock, TestDatabases.sqlite(), Map.of());
  }

  public ScribeHarness(SettableClock clock, Database database, Map<String, String> extraEnv)
      throws Exception {
    this(clock, FakeSlackApi.start(), true, database, extraEnv);
  }

  /**
   * Scribe on a fake Slack that outlives it: a restart on the same database, or a replica that
   * shares the fake. Closing this harness leaves the fake running.
   */
  public ScribeHarness(
      SettableClock clock, FakeSlackApi slack, Database database, Map<String, String> extraEnv)
      throws Exception {
    this(clock, slack, false, database, extraEnv);
  }

  private ScribeHarness(
      SettableClock clock,
      FakeSlackApi slack,
      boolean ownsSlack,
      Database database,
      Map<String, String> extraEnv)
      throws Exception {
    this.clock = clock;
    this.slack = slack;
    this.ownsSlack = ownsSlack;
    slack.setTeamId(TEAM);
    this.database = database;
    Map<String, String> env =
        new HashMap<>(
            Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-test-token",
                "SLACK_SIGNING_SECRET",
                SECRET,
                "SLACK_API_URL",
                slack.methodsUrl(),
                "PORT",
                "0"));
    env.putAll(extraEnv);
    ScribeConfig config = ScribeConfig.fromEnvironment(env, ScribeConfig.Needs.SLACK);
    this.scribe = new Scribe(config, database, clock);
    this.app = scribe.slackApp();
    app.start();
    this.requests = new SignedSlackRequests(eventsUri(), SECRET, TEAM, slack::newResponseUrl);
  }

  public URI eventsUri() {
    return URI.create("http://127.0.0.1:" + app.httpPort() + "/slack/events");
  }

  /** Types {@code /pm TEXT} as a user in a channel; returns Slack's view of the response. */
  public JsonObject pm(String userId, String channelId, String text) throws Exception {
    return pm(TEAM, userId, channelId, text);
  }

  public JsonObject pm(String teamId, String userId, String channelId, String text)
      throws Exception {
    return JsonParser.parseString(requests.pm(teamId, userId, channelId, text)).getAsJsonObject();
  }

  /**
   * The user types something harmless ({@code /pm help}) and Scribe, which fetches what it does not
   * know of a user after the ack, comes to know their zone and role: as after anyone's first
   * command. Waits until it does.
   */
  public void meet(String userId) throws Exception {
    pm(userId, "C0MEET", "help");
    awaitKnown(userId);
  }

  /** Waits until Scribe has what users.info says of the user. */
  public void awaitKnown(String userId) {
    awaitKnown(TEAM, userId);
  }

  /** Waits until Scribe has what users.info says of the user in that workspace. */
  public void awaitKnown(String teamId, String userId) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> scribe.cachedUsers().zone(teamId, userId).isPresent());
  }

  /** Delivers an Events API event ({@code event} JSON) with a Slack event id. */
  public HttpResponse<String> event(String eventId, String eventJson, Map<String, String> headers)
      throws Exception {
    return requests.event(TEAM, eventId, eventJson, headers);
  }

  public HttpResponse<String> event(
      String teamId, String eventId, String eventJson, Map<String, String> headers)
      throws Exception {
    return requests.event(teamId, eventId, eventJson, headers);
  }

  /** A signed POST, as Slack would send it. */
  public HttpResponse<String> post(String body, String contentType, Map<String, String> headers)
      throws Exception {
    return requests.post(body, contentType, headers);
  }

  public HttpResponse<String> postSigned(
      String body,
      String contentType,
      String timestamp,
      String signature,
      Map<String, String> headers)
      throws Exception {
    return requests.postSigned(body, contentType, timestamp, signature, headers);
  }

  public HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + path)).build(),
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
    if (ownsSlack) {
      slack.close();
    }
    scribe.close();
  }
}
