package dev.scribe.demo;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.Objects;

/**
 * A message an app posted to a slash command's or an action's {@code response_url}.
 *
 * @param url the response URL it was posted to
 * @param json the body, such as {@code {"response_type":"ephemeral","text":"…"}}
 * @param at when the fake received it
 */
public record ResponseUrlPost(String url, String json, Instant at) {

  public ResponseUrlPost {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(at, "at");
  }

  public JsonObject body() {
    return JsonParser.parseString(json).getAsJsonObject();
  }

  /** The {@code text} field, or empty text when the message has blocks only. */
  public String text() {
    JsonObject body = body();
    return body.has("text") ? body.get("text").getAsString() : "";
  }
}
