package dev.scribe.demo;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading the request bodies Slack clients send: forms, JSON, and multipart uploads. */
final class HttpBodies {
  private HttpBodies() {}

  /** Form or query fields; a repeated field keeps its last value. */
  static Map<String, String> form(String encoded) {
    Map<String, String> params = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return params;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(decode(key), decode(value));
    }
    return params;
  }

  /**
   * Top-level JSON fields; strings as text, anything else as its JSON text (as form fields carry
   * it).
   */
  static Map<String, String> json(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    if (body.isBlank()) {
      return params;
    }
    JsonObject object = JsonParser.parseString(body).getAsJsonObject();
    for (Map.Entry<String, JsonElement> field : object.entrySet()) {
      JsonElement value = field.getValue();
      if (value.isJsonNull()) {
        continue;
      }
      boolean plain = value.isJsonPrimitive();
      params.put(field.getKey(), plain ? value.getAsString() : value.toString());
    }
    return params;
  }

  /**
   * The {@code file} part of a multipart body (or its first part that has a file name). Bytes map
   * one to one onto ISO-8859-1 characters, so splitting the text keeps binary content intact.
   */
  static Optional<byte[]> multipartFile(byte[] body, String contentType) {
    int at = contentType.indexOf("boundary=");
    if (at < 0) {
      return Optional.empty();
    }
    String boundary =
        "--" + contentType.substring(at + "boundary=".length()).replace("\"", "").split(";")[0];
    String text = new String(body, StandardCharsets.ISO_8859_1);
    Optional<String> fallback = Optional.empty();
    for (String part : text.split(Pattern.quote(boundary))) {
      int headerEnd = part.indexOf("\r\n\r\n");
      if (headerEnd < 0) {
        continue;
      }
      String headers = part.substring(0, headerEnd);
      String content = part.substring(headerEnd + 4);
      content = content.endsWith("\r\n") ? content.substring(0, content.length() - 2) : content;
      if (headers.contains("name=\"file\"")) {
        return Optional.of(content.getBytes(StandardCharsets.ISO_8859_1));
      }
      if (fallback.isEmpty() && headers.contains("filename=")) {
        fallback = Optional.of(content);
      }
    }
    return fallback.map(content -> content.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
