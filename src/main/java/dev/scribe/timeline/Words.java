package dev.scribe.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cursor over the whitespace-separated words at the front of what the user typed. The rest of the
 * input is handed back exactly as typed, so line breaks inside the text survive.
 */
final class Words {

  private final String input;
  private final List<int[]> spans = new ArrayList<>();
  private int next;

  Words(String input) {
    this.input = input;
    int i = 0;
    int length = input.length();
    while (i < length) {
      while (i < length && isSpace(input.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < length && !isSpace(input.charAt(i))) {
        i++;
      }
      if (i > start) {
        spans.add(new int[] {start, i});
      }
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
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * Unicode's White_Space, what {@code \s} means in a regex with UNICODE_CHARACTER_CLASS: the space
   * separators (no-break spaces included), line and paragraph separators, tab to carriage return,
   * and NEL. A loop, not a regex: this runs on every command, and the regexes took about a tenth of
   * the request threads' samples. No white space lies outside the BMP, so a char is enough.
   */
  static boolean isSpace(char c) {
    return Character.isSpaceChar(c) || (c >= '\t' && c <= '\r') || c == '\u0085';
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
