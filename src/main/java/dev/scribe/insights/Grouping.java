package dev.scribe.insights;

import dev.scribe.common.UserFacingException;
import java.util.Locale;

/** How the incidents of a period are split: not at all, or by severity, service or tag. */
public enum Grouping {
  NONE("all incidents"),
  SEVERITY("severity"),
  SERVICE("service"),
  TAG("tag");

  private final String word;

  Grouping(String word) {
    this.word = word;
  }

  /** "severity", "service", "tag". */
  public String word() {
    return word;
  }

  /** Reads "severity", "sev", "services", "tags"…; anything else is a user-facing error. */
  public static Grouping parse(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "severity", "severities", "sev" -> SEVERITY;
      case "service", "services", "component", "components" -> SERVICE;
      case "tag", "tags" -> TAG;
      default ->
          throw new UserFacingException(
              "I can split the numbers `by severity`, `by service` or `by tag`, not by `"
                  + word.strip()
                  + "`.",
              "/pm stats 2026-Q3 by severity");
    };
  }
}
