package dev.scribe.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Files and canvases the fake holds; synchronized, as the server calls in from several threads. */
final class FakeFiles {
  private final Map<String, UploadedFile> files = new LinkedHashMap<>();
  private final List<FakeCanvas> canvases = new ArrayList<>();
  private int sequence;

  synchronized String reserve(String filename) {
    String id = nextId();
    files.put(
        id, new UploadedFile(id, filename, Optional.empty(), Optional.empty(), new byte[0], false));
    return id;
  }

  /** Stores an upload's bytes; false when the id was never handed out. */
  synchronized boolean store(String id, byte[] bytes) {
    UploadedFile file = files.get(id);
    if (file == null) {
      return false;
    }
    files.put(
        id,
        new UploadedFile(id, file.title(), file.channelId(), file.initialComment(), bytes, false));
    return true;
  }

  synchronized UploadedFile complete(
      String id, Optional<String> title, Optional<String> channel, Optional<String> comment) {
    UploadedFile file =
        Optional.ofNullable(files.get(id)).orElseThrow(() -> new SlackError("file_not_found"));
    UploadedFile done =
        new UploadedFile(id, title.orElse(file.title()), channel, comment, file.bytes(), true);
    files.put(id, done);
    return done;
  }

  synchronized List<UploadedFile> all() {
    return List.copyOf(files.values());
  }

  synchronized Optional<UploadedFile> file(String id) {
    return Optional.ofNullable(files.get(id));
  }

  synchronized FakeCanvas addCanvas(Optional<String> channel, String title, String markdown) {
    if (channel.isPresent() && canvases.stream().anyMatch(c -> c.channelId().equals(channel))) {
      throw new SlackError("channel_canvas_already_exists");
    }
    FakeCanvas canvas = new FakeCanvas(nextId(), channel, title, markdown);
    canvases.add(canvas);
    return canvas;
  }

  /** Replaces a canvas's content, as {@code canvases.edit} with {@code operation: replace}. */
  synchronized FakeCanvas replaceCanvas(String id, String markdown) {
    for (int i = 0; i < canvases.size(); i++) {
      FakeCanvas canvas = canvases.get(i);
      if (canvas.id().equals(id)) {
        FakeCanvas replaced = new FakeCanvas(id, canvas.channelId(), canvas.title(), markdown);
        canvases.set(i, replaced);
        return replaced;
      }
    }
    throw new SlackError("canvas_not_found");
  }

  /** The channel's canvas, if it has one. */
  synchronized Optional<FakeCanvas> channelCanvas(String channel) {
    return canvases.stream().filter(c -> c.channelId().equals(Optional.of(channel))).findFirst();
  }

  synchronized List<FakeCanvas> canvases() {
    return List.copyOf(canvases);
  }

  private String nextId() {
    sequence++;
    return String.format("F0FAKE%05d", sequence);
  }
}
