package dev.scribe.slack.actions;

import dev.scribe.common.UserFacingException;
import java.util.Locale;

/** The first words of {@code /pm action edit N …} or {@code drop N}: verb, item number, rest. */
record Subcommand(String verb, String numberText, String rest) {

  static Subcommand of(String args) {
    String[] words = args.strip().split("\\s+", 3);
    String verb = words[0].toLowerCase(Locale.ROOT);
    if (!verb.equals("edit") && !verb.equals("drop")) {
      return new Subcommand("add", "", args);
    }
    return new Subcommand(verb, words.length > 1 ? words[1] : "", words.length > 2 ? words[2] : "");
  }

  int number() {
    return number(
        numberText, "/pm action " + verb + " 2" + (verb.equals("edit") ? " due:+7d" : ""));
  }

  int requireOnlyNumber() {
    int n = number();
    if (!rest.isBlank()) {
      throw new UserFacingException(
          "`/pm action " + verb + "` takes only the item's number.", "/pm action drop 2");
    }
    return n;
  }

  /** Reads an item number: "3" or "#3". */
  static int number(String text, String example) {
    String digits = text.startsWith("#") ? text.substring(1) : text;
    if (!digits.matches("\\d{1,6}") || Integer.parseInt(digits) == 0) {
      throw new UserFacingException(
          text.isEmpty()
              ? "Which action item? Give its number from `/pm actions`."
              : "`" + text + "` is not an action item number; `/pm actions` lists them.",
          example);
    }
    return Integer.parseInt(digits);
  }
}
