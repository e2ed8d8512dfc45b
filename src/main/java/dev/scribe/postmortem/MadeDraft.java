package dev.scribe.postmortem;

import dev.scribe.incident.Incident;
import java.util.Objects;

/**
 * A draft made and ready to post.
 *
 * @param incident the incident, as it is now
 * @param markdown the draft
 * @param png the timeline picture
 * @param summary the one-line summary posted with it
 */
public record MadeDraft(Incident incident, String markdown, byte[] png, String summary) {

  public MadeDraft {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(markdown, "markdown");
    png = png.clone();
    Objects.requireNonNull(summary, "summary");
  }

  @Override
  public byte[] png() {
    return png.clone();
  }
}
