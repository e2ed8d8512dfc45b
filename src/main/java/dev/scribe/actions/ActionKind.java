package dev.scribe.actions;

import java.util.Locale;
import java.util.Optional;

/** The three groups of action items in the full post-mortem template. */
public enum ActionKind {
  SHORT_TERM("short-term", "Short-term fixes"),
  LONG_TERM("long-term", "Long-term improvements"),
  PROCESS("process", "Process changes");

  private final String word;
  private final String heading;

  ActionKind(String word, String heading) {
    this.word = word;
    this.heading = heading;
  }

  public String word() {
    return word;
  }

  public String heading() {
    return heading;
  }

  public static Optional<ActionKind> parse(String text) {
    String w = text.toLowerCase(Locale.ROOT).strip().replace('_', '-');
    for (ActionKind k : values()) {
      if (k.word.equals(w) || k.word.replace("-", "").equals(w)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
