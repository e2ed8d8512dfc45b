package dev.scribe.demo;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An acknowledgement the app sent back over Socket Mode.
 *
 * @param envelopeId the envelope it acknowledges
 * @param json the whole message, {@code {"envelope_id":"…","payload":{…}}}
 * @param at when the fake received it
 */
public record SocketModeAck(String envelopeId, String json, Instant at) {

  public SocketModeAck {
    Objects.requireNonNull(envelopeId, "envelopeId");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(at, "at");
  }

  /** The response payload (a slash command's reply, say), present only when the app sent one. */
  public Optional<JsonObject> payload() {
    JsonObject message = JsonParser.parseString(json).getAsJsonObject();
    return Optional.ofNullable(message.get("payload"))
        .filter(p -> p.isJsonObject())
        .map(p -> p.getAsJsonObject());
  }
}
