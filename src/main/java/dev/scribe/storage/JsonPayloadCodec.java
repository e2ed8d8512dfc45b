package dev.scribe.storage;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.scribe.outbox.PayloadCodec;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * Outbox payloads as JSON: records by their component names, enums by name, and the {@code
 * java.time} values payloads use in their ISO-8601 text form. Unknown fields are ignored, so a
 * message enqueued by a newer release can still be read by an older one.
 */
public final class JsonPayloadCodec implements PayloadCodec {

  private final Gson gson =
      new GsonBuilder()
          .disableHtmlEscaping()
          .registerTypeAdapter(LocalDate.class, text(LocalDate::parse))
          .registerTypeAdapter(Instant.class, text(Instant::parse))
          .registerTypeAdapter(Duration.class, text(Duration::parse))
          .registerTypeHierarchyAdapter(ZoneId.class, text(ZoneId::of))
          .create();

  @Override
  public String encode(Record payload) {
    return gson.toJson(payload);
  }

  @Override
  public <P extends Record> P decode(String text, Class<P> type) {
    try {
      P payload = gson.fromJson(text, type);
      if (payload == null) {
        throw new IllegalArgumentException("no " + type.getSimpleName() + " in " + text);
      }
      return payload;
    } catch (JsonParseException | DateTimeException | IllegalStateException e) {
      throw new IllegalArgumentException(
          "not a " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** A value written as its {@code toString()} and read back with {@code parse}. */
  private static <T> TypeAdapter<T> text(Function<String, T> parse) {
    return new TypeAdapter<T>() {
      @Override
      public void write(JsonWriter out, T value) throws IOException {
        if (value == null) {
          out.nullValue();
        } else {
          out.value(value.toString());
        }
      }

      @Override
      public T read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
          in.nextNull();
          return null;
        }
        return parse.apply(in.nextString());
      }
    };
  }
}
