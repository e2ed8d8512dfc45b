package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import dev.scribe.demo.SettableClock;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What reaches Scribe's request handling: only requests Slack signed within five minutes either
 * way, only in shapes Slack sends; and Slack's own payloads (read from {@code
 * ../shared/conformance/fixtures}) are answered 200.
 */
class RequestGateE2ETest {

  static final Path FIXTURES = Path.of("..", "shared", "conformance", "fixtures");
  static final String FORM = "application/x-www-form-urlencoded";
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T14:10:00Z"));
    scribe.slack.addUser("U0ALICE", "alice", "UTC");
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @ParameterizedTest
  @ValueSource(longs = {6 * 60, 60 * 60, -6 * 60})
  void aCommandSignedMoreThanFiveMinutesAwayGets401AndWritesNothing(long offsetSeconds)
      throws Exception {
    long timestamp = System.currentTimeMillis() / 1000 + offsetSeconds;
    HttpResponse<String> response = signedAt(Long.toString(timestamp), eventCommand());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(rows("incidents")).isZero();
    assertThat(rows("timeline_events")).isZero();
  }

  @Test
  void aCommandSignedWithAMillisecondTimestampGets401AndWritesNothing() throws Exception {
    HttpResponse<String> response =
        signedAt(Long.toString(System.currentTimeMillis()), eventCommand());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(rows("timeline_events")).isZero();
  }

  @Test
  void aCommandSignedJustNowIsRecorded() throws Exception {
    HttpResponse<String> response =
        signedAt(Long.toString(System.currentTimeMillis() / 1000), eventCommand());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(rows("timeline_events")).isEqualTo(1);
  }

  @Test
  void theTokenIsCheckedOnceAtStartNotAgainWhenBoltBuildsItsMiddleware() {
    // One round trip to Slack before a restart takes requests, not two.
    assertThat(scribe.slack.calls("auth.test")).hasSize(1);
  }

  @Test
  void withSlacksApiDownACommandIsStillAckedAndStoredWithoutAskingSlackFirst() throws Exception {
    int authTestsAtStart = scribe.slack.calls("auth.test").size();
    scribe.slack.goDown(500, null);

    HttpResponse<String> response =
        signedAt(Long.toString(System.currentTimeMillis() / 1000), eventCommand());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(":pushpin: #1");
    assertThat(rows("timeline_events")).isEqualTo(1);
    // Bolt's token check answers from the start-time auth.test, not from a call before the ack.
    assertThat(scribe.slack.calls("auth.test")).hasSize(authTestsAtStart);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[1,2,3]",
        "{\"type\":\"event_callback\",\"team_id\":\"T0FAKE\",\"event_id\":\"Ev9\",\"event_time\":1}",
        "command=%2Fpm&text=event%ZZ&team_id=T0FAKE&channel_id=C0INC&user_id=U0ALICE",
        "payload=this-is-not-json",
        "payload=%5B1%2C2%2C3%5D"
      })
  void malformedSignedBodiesGet400AndWriteNothing(String body) throws Exception {
    HttpResponse<String> response =
        scribe.post(body, body.startsWith("[") ? "application/json" : FORM, Map.of());
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(rows("incidents")).isZero();
    assertThat(rows("timeline_events")).isZero();
  }

  @Test
  void anIntegrationsBotMessageIsAcknowledgedWithoutAskingSlackEvenWhenSlackRateLimits()
      throws Exception {
    // Slack's own example of a bot_message delivery; Slack's API is rate limiting meanwhile.
    scribe.slack.failNext("bots.info", 429, 30);
    HttpResponse<String> response =
        scribe.post(fixtureBody("docs_bot_message.json"), "application/json", Map.of());
    assertThat(response.statusCode()).isEqualTo(200);
    // No Web API call before the ack: Bolt's self-event filter (bots.info) is off.
    assertThat(scribe.slack.calls("bots.info")).isEmpty();
    assertThat(rows("timeline_events")).isZero();
  }

  @Test
  void slacksSslCheckIsAnswered200() throws Exception {
    HttpResponse<String> response = scribe.post(fixtureBody("sdk_ssl_check.json"), FORM, Map.of());
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void slacksUrlVerificationGetsItsChallengeBack() throws Exception {
    HttpResponse<String> response =
        scribe.post(fixtureBody("docs_url_verification.json"), "application/json", Map.of());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  }

  // ---- helpers --------------------------------------------------------------------------------

  static String eventCommand() {
    return "team_id=T0FAKE&channel_id=C0INC&user_id=U0ALICE&command=%2Fpm"
        + "&text=event+rolled+back+the+deploy&response_url=https%3A%2F%2Fhooks.slack.invalid%2Fx"
        + "&trigger_id=t";
  }

  HttpResponse<String> signedAt(String timestamp, String body) throws Exception {
    String signature = new SlackSignature.Generator(ScribeHarness.SECRET).generate(timestamp, body);
    return scribe.postSigned(body, FORM, timestamp, signature, Map.of());
  }

  long rows(String table) {
    return scribe
        .database
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
  }

  /** A fixture's payload as Slack sends it: JSON for envelopes, a form for {@code form}. */
  static String fixtureBody(String name) throws Exception {
    JsonObject fixture =
        JsonParser.parseString(Files.readString(FIXTURES.resolve(name))).getAsJsonObject();
    JsonObject payload = fixture.getAsJsonObject("payload");
    if (!fixture.get("kind").getAsString().equals("form")) {
      return payload.toString();
    }
    return payload.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(text(e.getValue())))
        .collect(Collectors.joining("&"));
  }

  private static String text(JsonElement value) {
    return value.isJsonPrimitive() ? value.getAsString() : value.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
