package dev.scribe.demo;

import java.util.Objects;
import java.util.Optional;

/**
 * A canvas created through {@code canvases.create} or {@code conversations.canvases.create}.
 *
 * @param id the canvas id ({@code F…})
 * @param channelId the channel it belongs to, for a channel canvas
 * @param title its title, possibly empty
 * @param markdown the {@code document_content} Markdown
 */
public record FakeCanvas(String id, Optional<String> channelId, String title, String markdown) {

  public FakeCanvas {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(markdown, "markdown");
  }
}
