package dev.scribe.slack.timeline;

import dev.scribe.common.UserFacingException;

/** Reads an event number as typed: {@code 3} or {@code #3}. */
final class EventNumber {

  private EventNumber() {}

  static int parse(String word, String example) {
    String digits = word.startsWith("#") ? word.substring(1) : word;
    if (word.isBlank()) {
      throw new UserFacingException("Which event? Give its number from `/pm timeline`.", example);
    }
    if (!digits.matches("\\d{1,9}") || Integer.parseInt(digits) == 0) {
      throw new UserFacingException(
          "`" + word + "` is not an event number; `/pm timeline` shows them.", example);
    }
    return Integer.parseInt(digits);
  }
}
