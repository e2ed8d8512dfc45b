package dev.scribe.demo;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the fake Slack API received, as the client sent it.
 *
 * @param method the Web API method, such as {@code chat.postMessage}
 * @param params form fields or top-level JSON fields; JSON values (blocks, files, …) stay JSON text
 * @param authorization the {@code Authorization} header, or empty text when there was none
 * @param at when the fake received it
 */
public record RecordedCall(
    String method, Map<String, String> params, String authorization, Instant at) {

  public RecordedCall {
    Objects.requireNonNull(method, "method");
    params = Map.copyOf(params);
    Objects.requireNonNull(authorization, "authorization");
    Objects.requireNonNull(at, "at");
  }

  /** The parameter's text, if the call carried it. */
  public Optional<String> param(String name) {
    return Optional.ofNullable(params.get(name));
  }

  /**
   * The parameter parsed as JSON (for {@code blocks}, {@code files}, {@code metadata}, {@code
   * view}, …).
   */
  public Optional<JsonElement> json(String name) {
    return param(name).map(JsonParser::parseString);
  }

  /** The token the call was made with: the bearer header, or the {@code token} parameter. */
  public Optional<String> token() {
    if (authorization.startsWith("Bearer ")) {
      return Optional.of(authorization.substring("Bearer ".length()));
    }
    return param("token");
  }
}
