package dev.scribe.timeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a responder typed after {@code /pm event} (or {@code /pm edit N}), read but not yet stored.
 *
 * @param when the moment typed; empty means none was given (the caller uses "now", or keeps the
 *     event's time on an edit)
 * @param marker the marker typed; empty means none was given (a new event is a note, an edited one
 *     keeps its marker); an explicit {@code note:} is {@code Optional.of(Marker.NOTE)}
 * @param text what happened, as typed, with only the ends stripped; may be empty only where the
 *     parser was told empty text is allowed
 */
public record EventInput(Optional<Instant> when, Optional<Marker> marker, String text) {

  public EventInput {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(text, "text");
  }
}
