package dev.scribe.common;

import java.util.List;
import java.util.Objects;

/**
 * A piece of what a person wrote, read out of the chat's own markup: plain words, or a link. The
 * form every writer (Markdown, a picture) escapes for where the text lands.
 */
public sealed interface TextPart permits TextPart.Words, TextPart.Link {

  /**
   * Words as the person typed them: entities decoded, mentions already shown as "@name" and
   * channels as "#name". Not yet escaped for anything.
   */
  record Words(String text) implements TextPart {
    public Words {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A link the chat recognised.
   *
   * @param url the address, decoded
   * @param label what it shows; equal to {@code url} when the address shows itself
   */
  record Link(String url, String label) implements TextPart {
    public Link {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(label, "label");
    }

    /** True when the label says something other than the address. */
    public boolean labelled() {
      return !label.equals(url);
    }
  }

  /** What the parts say on a screen without links: the words, and each link's label. */
  static String plainText(List<TextPart> parts) {
    StringBuilder out = new StringBuilder();
    for (TextPart part : parts) {
      out.append(part instanceof Link link ? link.label() : ((Words) part).text());
    }
    return out.toString();
  }
}
