package dev.scribe.postmortem;

import java.nio.charset.StandardCharsets;

/**
 * A Slack permalink made safe to stand as a Markdown link target: only {@code https} links, and
 * every character that could end the link, the table cell or open markup ({@code ( ) [ ] < > | `}
 * spaces, quotes, backslashes) percent-encoded, so a hostile link cannot break the draft.
 */
final class SourceLink {

  private static final String KEPT =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&*+,;=%";

  private SourceLink() {}

  /** The link ready for {@code [time](link)}, or "" when there is none or it is not https. */
  static String of(String permalink) {
    if (permalink == null || !permalink.startsWith("https://") || permalink.length() > 2000) {
      return "";
    }
    StringBuilder out = new StringBuilder(permalink.length());
    for (byte b : permalink.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (b >= 0 && KEPT.indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
