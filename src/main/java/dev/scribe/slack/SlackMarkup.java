package dev.scribe.slack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack message text ({@code <@U123|ana>}, {@code <https://x|label>}, {@code &amp;}) turned into
 * plain Markdown for documents. Slack escapes {@code <}, {@code >} and {@code &} in what people
 * type, so every raw angle bracket in message text opens one of its tokens.
 */
public final class SlackMarkup {

  private static final Pattern TOKEN = Pattern.compile("<([^<>]*)>");
  private static final Set<String> BROADCASTS = Set.of("here", "channel", "everyone");
  private static final String SUBTEAM = "subteam^";
  private static final Pattern USER = Pattern.compile("@([UW][A-Z0-9]+)(?:\\|([^>]*))?");

  private SlackMarkup() {}

  /** Like {@link #toMarkdown(String, Function)} with no way to look names up. */
  public static String toMarkdown(String text) {
    return toMarkdown(text, id -> Optional.empty());
  }

  /**
   * The text as Markdown: mentions become "@name" (looked up with {@code userNames}, else the label
   * Slack sent, else "@U123"), channels "#name", links "[label](url)", entities decoded.
   */
  public static String toMarkdown(String text, Function<String, Optional<String>> userNames) {
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(decode(text.substring(last, m.start())));
      out.append(token(m.group(1), userNames));
      last = m.end();
    }
    return out.append(decode(text.substring(last))).toString();
  }

  /** The IDs of the users mentioned ({@code <@U123>}), each once, in order of appearance. */
  public static List<String> mentionedUserIds(String text) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      Matcher user = USER.matcher(m.group(1));
      if (user.matches()) {
        ids.add(user.group(1));
      }
    }
    return new ArrayList<>(ids);
  }

  /**
   * The text on one line for a Markdown table cell: line breaks and runs of spaces become one
   * space, the result is cut to {@code maxChars} with "…", and "|" is escaped so it cannot end the
   * cell (escapes are not counted in {@code maxChars}).
   */
  public static String oneLine(String text, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.codePointCount(0, flat.length()) > maxChars) {
      int end = flat.offsetByCodePoints(0, maxChars - 1);
      flat = flat.substring(0, end).stripTrailing() + "…";
    }
    return flat.replace("|", "\\|");
  }

  private static String token(String inside, Function<String, Optional<String>> userNames) {
    int bar = inside.indexOf('|');
    String target = bar < 0 ? inside : inside.substring(0, bar);
    Optional<String> label =
        Optional.of(bar < 0 ? "" : decode(inside.substring(bar + 1))).filter(s -> !s.isBlank());
    if (target.startsWith("@")) {
      String id = target.substring(1);
      // Today's name first, so a person reads the same on every line of a document.
      return "@" + userNames.apply(id).or(() -> label).orElse(id);
    }
    if (target.startsWith("#")) {
      return "#" + label.orElse(target.substring(1));
    }
    if (target.startsWith("!")) {
      return special(target.substring(1), label);
    }
    return link(decode(target), label);
  }

  /** {@code <!here>}, {@code <!subteam^S1|@oncall>}, {@code <!date^…|fallback>}. */
  private static String special(String command, Optional<String> label) {
    if (BROADCASTS.contains(command)) {
      return "@" + command;
    }
    if (command.startsWith(SUBTEAM)) {
      return label
          .map(name -> name.startsWith("@") ? name : "@" + name)
          .orElse("@" + command.substring(SUBTEAM.length()));
    }
    return label.orElse(command);
  }

  private static String link(String url, Optional<String> label) {
    if (label.isEmpty() || label.get().equals(url) || url.equals("mailto:" + label.get())) {
      return label.filter(l -> url.startsWith("mailto:")).orElse(url);
    }
    String shown = label.get().replace("[", "\\[").replace("]", "\\]");
    return "[" + shown + "](" + url + ")";
  }

  private static String decode(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
