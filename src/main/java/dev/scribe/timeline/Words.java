package dev.scribe.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cursor over the whitespace-separated words at the front of what the user typed. The rest of the
 * input is handed back exactly as typed, so line breaks inside the text survive.
 */
final class Words {

  private static final Pattern WORD = Pattern.compile("\\S+", Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern END_SPACES =
      Pattern.compile("^\\s+|\\s+$", Pattern.UNICODE_CHARACTER_CLASS);

  private final String input;
  private final List<int[]> spans = new ArrayList<>();
  private int next;

  Words(String input) {
    this.input = input;
    Matcher m = WORD.matcher(input);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
  }

  /** The word {@code ahead} places after the cursor (0 = the next one), if there is one. */
  Optional<String> peek(int ahead) {
    int i = next + ahead;
    if (i >= spans.size()) {
      return Optional.empty();
    }
    return Optional.of(input.substring(spans.get(i)[0], spans.get(i)[1]));
  }

  Optional<String> peek() {
    return peek(0);
  }

  void skip(int count) {
    next = Math.min(next + count, spans.size());
  }

  boolean atEnd() {
    return next >= spans.size();
  }

  /** Everything from the next word on, as typed, ends stripped. */
  String rest() {
    return atEnd() ? "" : strip(input.substring(spans.get(next)[0]));
  }

  /** Like {@link String#strip()}, but no-break spaces (which Slack clients insert) count too. */
  static String strip(String text) {
    return END_SPACES.matcher(text).replaceAll("");
  }

  /** The words consumed so far, joined by single spaces, for messages ("yesterday 23:50"). */
  String consumedSince(int mark) {
    List<String> words = new ArrayList<>();
    for (int i = mark; i < next; i++) {
      words.add(input.substring(spans.get(i)[0], spans.get(i)[1]));
    }
    return String.join(" ", words);
  }

  int position() {
    return next;
  }
}
