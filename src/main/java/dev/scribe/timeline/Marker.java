package dev.scribe.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The incident markers T1…T8 of the full post-mortem template, plus {@link #NOTE} for any other
 * event. The words and reactions are the contract's defaults (see {@code CONTRACT.md}).
 */
public enum Marker {
  IMPACT("T1", "impact", "user impact begins", "boom", "impact", "start", "started"),
  ALERT(
      "T2", "alert", "an alert fired / first signal", "rotating_light", "alert", "alerted", "page"),
  ACK(
      "T3",
      "ack",
      "a responder acknowledged — detection",
      "eyes",
      "ack",
      "acknowledged",
      "detected"),
  INVESTIGATING("T4", "investigating", "investigation started", "mag", "investigating", "war-room"),
  CAUSE("T5", "cause", "root cause identified", "bulb", "cause", "root-cause"),
  FIX("T6", "fix", "fix applied", "hammer_and_wrench", "fix", "fixed", "fix-applied"),
  RESTORED(
      "T7",
      "restored",
      "service restored — impact ends",
      "large_green_circle",
      "restored",
      "mitigated",
      "recovered"),
  RESOLVED(
      "T8", "resolved", "incident declared resolved", "white_check_mark", "resolved", "closed"),
  NOTE("", "note", "any other event", "pushpin", "note");

  private final String code;
  private final String label;
  private final String meaning;
  private final String defaultReaction;
  private final List<String> words;

  Marker(String code, String label, String meaning, String defaultReaction, String... words) {
    this.code = code;
    this.label = label;
    this.meaning = meaning;
    this.defaultReaction = defaultReaction;
    this.words = List.of(words);
  }

  /** "T1"…"T8", or "" for a note. */
  public String code() {
    return code;
  }

  /** The canonical word, e.g. "ack". */
  public String label() {
    return label;
  }

  /** One line on what the marker means. */
  public String meaning() {
    return meaning;
  }

  /** The emoji name (without colons) that tags a message with this marker by default. */
  public String defaultReaction() {
    return defaultReaction;
  }

  /** Every word accepted before a colon for this marker, canonical word first. */
  public List<String> words() {
    return words;
  }

  public boolean isNote() {
    return this == NOTE;
  }

  /** "T3 ack", or "note". */
  public String display() {
    return isNote() ? label : code + " " + label;
  }

  /** The marker named by a word ("ack", "Detected", "t3"), if any. */
  public static Optional<Marker> fromWord(String word) {
    String w = word.toLowerCase(Locale.ROOT).strip();
    return Arrays.stream(values())
        .filter(m -> m.words.contains(w) || (!m.code.isEmpty() && m.code.equalsIgnoreCase(w)))
        .findFirst();
  }

  /** Markers T1…T8 in order, without NOTE. */
  public static List<Marker> timelineMarkers() {
    return Arrays.stream(values()).filter(m -> !m.isNote()).toList();
  }
}
