package dev.scribe.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Slack's own payload shapes, read at test time from {@code ../shared/conformance/fixtures} (never
 * copied into the project). Each file holds {@code origin}, {@code kind} and {@code payload}; the
 * ids, channels and timestamps in a payload are Slack's examples, so a test puts its own in their
 * place with {@link #payload(String, Map)}.
 */
final class SlackFixtures {

  static final Path FOLDER = Path.of("..", "shared", "conformance", "fixtures");

  private SlackFixtures() {}

  /** The fixture's {@code payload}, with every string value equal to a key replaced. */
  static JsonObject payload(String name, Map<String, String> replacements) {
    JsonObject fixture = read(name);
    return replace(fixture.get("payload"), replacements).getAsJsonObject();
  }

  private static JsonObject read(String name) {
    try {
      return JsonParser.parseString(
              Files.readString(FOLDER.resolve(name + ".json"), StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException("no Slack fixture " + name + " in " + FOLDER, e);
    }
  }

  private static JsonElement replace(JsonElement element, Map<String, String> replacements) {
    if (element.isJsonObject()) {
      JsonObject copy = new JsonObject();
      element
          .getAsJsonObject()
          .entrySet()
          .forEach(e -> copy.add(e.getKey(), replace(e.getValue(), replacements)));
      return copy;
    }
    if (element.isJsonArray()) {
      JsonArray copy = new JsonArray();
      element.getAsJsonArray().forEach(e -> copy.add(replace(e, replacements)));
      return copy;
    }
    if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
      String value = element.getAsString();
      return replacements.containsKey(value) ? new JsonPrimitive(replacements.get(value)) : element;
    }
    return element;
  }
}
