package dev.scribe.demo;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;

/** Slack's Socket Mode envelopes around events, slash commands and interactions. */
final class SocketModeEnvelopes {
  static final String APP_ID = "A0FAKE";

  private SocketModeEnvelopes() {}

  static JsonObject hello() {
    JsonObject debug = new JsonObject();
    debug.addProperty("host", "fake-socket-mode");
    debug.addProperty("build_number", 1);
    debug.addProperty("approximate_connection_time", 18060);
    JsonObject hello = new JsonObject();
    hello.addProperty("type", "hello");
    hello.addProperty("num_connections", 1);
    hello.add("debug_info", debug);
    hello.add("connection_info", SlackJson.object("app_id", APP_ID));
    return hello;
  }

  static JsonObject envelope(
      String type, String envelopeId, JsonObject payload, boolean acceptsResponsePayload) {
    JsonObject envelope = new JsonObject();
    envelope.addProperty("envelope_id", envelopeId);
    envelope.addProperty("type", type);
    envelope.add("payload", payload);
    envelope.addProperty("accepts_response_payload", acceptsResponsePayload);
    if (type.equals("events_api")) {
      envelope.addProperty("retry_attempt", 0);
      envelope.addProperty("retry_reason", "");
    }
    return envelope;
  }

  /** A whole {@code event_callback} passes through; a bare event gets wrapped in one. */
  static JsonObject eventCallback(String eventJson, String teamId, String eventId, long eventTime) {
    JsonObject given = JsonParser.parseString(eventJson).getAsJsonObject();
    if (given.has("type") && given.get("type").getAsString().equals("event_callback")) {
      return given;
    }
    JsonObject callback = new JsonObject();
    callback.addProperty("token", "fake-verification-token");
    callback.addProperty("team_id", teamId);
    callback.addProperty("api_app_id", APP_ID);
    callback.add("event", given);
    callback.addProperty("type", "event_callback");
    callback.addProperty("event_id", eventId);
    callback.addProperty("event_time", eventTime);
    return callback;
  }

  /** Slash command fields are all strings in Socket Mode, as in the HTTP form. */
  static JsonObject slashCommand(Map<String, String> form, String teamId, String triggerId) {
    JsonObject payload = new JsonObject();
    payload.addProperty("token", "fake-verification-token");
    payload.addProperty("team_id", teamId);
    payload.addProperty("api_app_id", APP_ID);
    payload.addProperty("is_enterprise_install", "false");
    payload.addProperty("trigger_id", triggerId);
    form.forEach(payload::addProperty);
    return payload;
  }

  static JsonObject disconnect(String reason) {
    JsonObject disconnect = new JsonObject();
    disconnect.addProperty("type", "disconnect");
    disconnect.addProperty("reason", reason);
    disconnect.add("debug_info", SlackJson.object("host", "fake-socket-mode"));
    return disconnect;
  }
}
