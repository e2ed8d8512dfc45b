package dev.scribe.timeline;

import dev.scribe.common.UserFacingException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the optional {@code MARKER:} in front of the text. A known word (or T1…T8) before a colon
 * is a marker, in any case. An unknown word that is close to a marker word ("ackd:", "resolvd:") is
 * a typo worth stopping for, since a silently lost marker skews the metrics. Any other "word:" is
 * just text ("Customer: checkout fails", "https://…").
 */
final class MarkerReader {

  /** A marker and the text after it. */
  record Read(Optional<Marker> marker, String text) {}

  private static final Pattern WORD_COLON = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*):");
  private static final Pattern CODE = Pattern.compile("[Tt]\\d+");
  private static final List<String> WORDS =
      Arrays.stream(Marker.values()).flatMap(m -> m.words().stream()).toList();
  private static final String MARKER_LIST =
      Arrays.stream(Marker.values()).map(Marker::display).collect(Collectors.joining(", "));

  private MarkerReader() {}

  static Read read(String input) {
    Matcher m = WORD_COLON.matcher(input);
    if (!m.lookingAt()) { // at the start only: find() would try every position of the text
      return new Read(Optional.empty(), input);
    }
    String word = m.group(1);
    String rest = Words.strip(input.substring(m.end()));
    Optional<Marker> marker = Marker.fromWord(word);
    if (marker.isPresent()) {
      return new Read(marker, rest);
    }
    if (CODE.matcher(word).matches()) {
      throw new UserFacingException(
          "`" + word + "` is not a marker. Markers: " + MARKER_LIST + ".", example("T3"));
    }
    Optional<String> suggestion = closestWord(word.toLowerCase(Locale.ROOT));
    if (suggestion.isPresent()) {
      throw new UserFacingException(
          "`%s` is not a marker. Did you mean `%s`? Markers: %s."
              .formatted(word, suggestion.get(), MARKER_LIST),
          example(suggestion.get()));
    }
    return new Read(Optional.empty(), input);
  }

  /**
   * The marker word within reach of a typo. Short words must be closer: "as:" or "to:" are words of
   * their own, not a mistyped "ack".
   */
  private static Optional<String> closestWord(String word) {
    int reach = word.length() <= 3 ? 0 : word.length() == 4 ? 1 : 2;
    return WORDS.stream()
        .filter(w -> EditDistance.between(word, w) <= reach)
        .min(Comparator.comparingInt(w -> EditDistance.between(word, w)));
  }

  private static String example(String word) {
    return "/pm event 14:03 " + word + ": " + sampleText(Marker.fromWord(word).orElseThrow());
  }

  private static String sampleText(Marker marker) {
    return switch (marker) {
      case IMPACT -> "checkout starts failing";
      case ALERT -> "error-rate alert fired";
      case ACK -> "on-call acknowledged the page";
      case INVESTIGATING -> "war room opened";
      case CAUSE -> "bad config push found";
      case FIX -> "config rolled back";
      case RESTORED -> "error rate back to normal";
      case RESOLVED -> "incident closed";
      case NOTE -> "status page updated";
    };
  }
}
