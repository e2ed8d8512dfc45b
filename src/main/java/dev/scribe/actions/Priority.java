package dev.scribe.actions;

import java.util.Locale;
import java.util.Optional;

/** Action item priority; P1 is critical. */
public enum Priority {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW;

  /** "p1".."p4". */
  public String shortName() {
    return "P" + (ordinal() + 1);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads "critical|high|medium|low" or "p1…p4". */
  public static Optional<Priority> parse(String word) {
    String w = word.toLowerCase(Locale.ROOT).strip();
    for (Priority p : values()) {
      if (p.label().equals(w) || p.shortName().equalsIgnoreCase(w)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
