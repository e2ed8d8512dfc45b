package dev.scribe.demo;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A file uploaded through the external upload flow.
 *
 * @param id the file id ({@code F…}) handed out by {@code files.getUploadURLExternal}
 * @param title the title given at completion, else the file name
 * @param channelId the channel it was shared in at completion, if any
 * @param initialComment the message posted with it, if any
 * @param bytes what was posted to the upload URL (empty until then)
 * @param completed whether {@code files.completeUploadExternal} named it
 */
public record UploadedFile(
    String id,
    String title,
    Optional<String> channelId,
    Optional<String> initialComment,
    byte[] bytes,
    boolean completed) {

  public UploadedFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(initialComment, "initialComment");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The content as UTF-8 text, for text uploads such as Markdown drafts. */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
