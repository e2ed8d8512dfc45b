package dev.scribe.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a signed body has a shape Slack sends, checked before Bolt parses it: Bolt assumes the
 * shape and fails with an exception (an HTTP 500, which Slack retries) on, say, a JSON array, an
 * {@code event_callback} without {@code event}, a bad percent-escape or a {@code payload=} that is
 * not JSON. Such a body is the sender's mistake and gets a 400.
 *
 * <p>Slack sends JSON objects (Events API) and forms: slash commands ({@code command=}),
 * interactions ({@code payload=} holding a JSON object) and {@code ssl_check=}.
 */
final class PayloadShape {

  private PayloadShape() {}

  /** What is wrong with the body, or empty when Bolt can take it. */
  static Optional<String> problem(String body) {
    String trimmed = body.strip();
    if (trimmed.isEmpty()) {
      return Optional.of("empty body");
    }
    char first = trimmed.charAt(0);
    if (first == '{' || first == '[') {
      return eventsApi(trimmed);
    }
    return form(trimmed);
  }

  private static Optional<String> eventsApi(String body) {
    Optional<JsonObject> json = object(body);
    if (json.isEmpty()) {
      return Optional.of("the JSON body is not an object");
    }
    if (!isString(json.get(), "type")) {
      return Optional.of("the JSON body has no \"type\"");
    }
    if ("event_callback".equals(json.get().get("type").getAsString())) {
      JsonElement event = json.get().get("event");
      if (event == null || !event.isJsonObject() || !isString(event.getAsJsonObject(), "type")) {
        return Optional.of("an event_callback without an \"event\" object that has a \"type\"");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> form(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        fields.put(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        return Optional.of("a form field that is not URL-encoded");
      }
    }
    if (fields.containsKey("payload")) {
      Optional<JsonObject> payload = object(fields.get("payload"));
      return payload.isPresent() && isString(payload.get(), "type")
          ? Optional.empty()
          : Optional.of("payload= is not a JSON object with a \"type\"");
    }
    if (fields.containsKey("command") || fields.containsKey("ssl_check")) {
      return Optional.empty();
    }
    return Optional.of("a form with neither command=, payload= nor ssl_check=");
  }

  private static Optional<JsonObject> object(String text) {
    try {
      JsonElement json = JsonParser.parseString(text);
      return json.isJsonObject() ? Optional.of(json.getAsJsonObject()) : Optional.empty();
    } catch (JsonParseException e) {
      return Optional.empty();
    }
  }

  private static boolean isString(JsonObject json, String field) {
    JsonElement value = json.get(field);
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
  }
}
