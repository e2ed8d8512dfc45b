package dev.scribe.actions;

import dev.scribe.common.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code TEXT [@owner] [due:DATE] [priority] [kind] [ticket]}. Options written as {@code
 * name:value} may stand anywhere; bare ones (a mention, {@code high}, {@code p2}, {@code
 * long-term}, a link) count only in the run of words after the text, so "rotate keys for <@U1>'s
 * service" keeps its words. Text in double quotes is never read as options.
 */
public final class ActionInputParser {

  static final String EXAMPLE = "/pm action Add an alert on queue depth @alice due:friday high";
  private static final Pattern TOKEN = Pattern.compile("(?:[a-z]+:)?<[^>]*>|\"[^\"]*\"|\\S+");
  private static final int LONGEST_DATE_PHRASE = 3;

  private final DueDateParser dates;

  public ActionInputParser(DueDateParser dates) {
    this.dates = dates;
  }

  /** A new action item: the text is required. */
  public ActionInput parse(String args) {
    ActionInput input = read(args);
    if (input.text().isEmpty()) {
      throw new UserFacingException("An action item needs a description.", EXAMPLE);
    }
    return input;
  }

  /** An edit: any part may be missing, but at least one must be given. */
  public ActionInput parseEdit(String args) {
    ActionInput input = read(args);
    if (input.isEmpty()) {
      throw new UserFacingException(
          "Tell me what to change: new text, an owner, `due:DATE`, a priority or a kind.",
          "/pm action edit 2 due:+7d @bob");
    }
    return input;
  }

  private ActionInput read(String args) {
    ActionOptions parts = new ActionOptions(dates);
    List<String> tokens = mergeDatePhrases(tokenize(args));
    int end = tokens.size();
    while (end > 0 && parts.takeBare(tokens.get(end - 1))) {
      end--;
    }
    List<String> words = new ArrayList<>();
    for (String token : tokens.subList(0, end)) {
      if (!parts.takePrefixed(token)) {
        words.add(unquote(token));
      }
    }
    String text = String.join(" ", words).strip();
    return new ActionInput(
        text.isEmpty() ? Optional.empty() : Optional.of(text),
        Optional.ofNullable(parts.owner),
        Optional.ofNullable(parts.due),
        Optional.ofNullable(parts.priority),
        Optional.ofNullable(parts.kind),
        Optional.ofNullable(parts.ticket),
        parts.clearOwner,
        parts.clearDue);
  }

  private static List<String> tokenize(String args) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(args == null ? "" : args);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** Joins {@code due:next week} or {@code due: dec 1} into one token, the longest that reads. */
  private List<String> mergeDatePhrases(List<String> tokens) {
    List<String> merged = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (!token.toLowerCase(Locale.ROOT).startsWith("due:")) {
        merged.add(token);
        continue;
      }
      String head = token.substring(4);
      int taken = 0;
      for (int extra = Math.min(LONGEST_DATE_PHRASE, tokens.size() - i - 1); extra >= 1; extra--) {
        if (dates.parse(joined(head, tokens.subList(i + 1, i + 1 + extra))).isPresent()) {
          taken = extra;
          break;
        }
      }
      merged.add("due:" + joined(head, tokens.subList(i + 1, i + 1 + taken)));
      i += taken;
    }
    return merged;
  }

  private static String joined(String head, List<String> rest) {
    return (head + " " + String.join(" ", rest)).strip();
  }

  private static String unquote(String token) {
    return token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")
        ? token.substring(1, token.length() - 1)
        : token;
  }
}
