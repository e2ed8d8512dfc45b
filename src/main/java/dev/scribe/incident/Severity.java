package dev.scribe.incident;

import java.util.Locale;
import java.util.Optional;

/** Incident severity, SEV1 (worst) to SEV5. */
public enum Severity {
  SEV1("critical: major outage or data loss"),
  SEV2("major: a key function degraded for many users"),
  SEV3("moderate: partial degradation, workaround exists"),
  SEV4("minor: small impact, few users"),
  SEV5("cosmetic or internal only");

  private final String description;

  Severity(String description) {
    this.description = description;
  }

  public int level() {
    return ordinal() + 1;
  }

  public String description() {
    return description;
  }

  /** The severity of a level, 1 (worst) to 5. */
  public static Severity ofLevel(int level) {
    if (level < 1 || level > values().length) {
      throw new IllegalArgumentException("severity levels are 1 to 5: " + level);
    }
    return values()[level - 1];
  }

  /** Reads "1", "sev1", "SEV-1", "sev:1", "S1", "P1". */
  public static Optional<Severity> parse(String text) {
    String t = text.toLowerCase(Locale.ROOT).replaceAll("[\\s:_-]", "");
    t = t.replaceFirst("^(sev|s|p)", "");
    if (t.matches("[1-5]")) {
      return Optional.of(ofLevel(Integer.parseInt(t)));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name();
  }
}
