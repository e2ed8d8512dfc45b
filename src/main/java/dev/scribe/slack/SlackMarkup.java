package dev.scribe.slack;

import dev.scribe.common.TextPart;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Slack message text ({@code <@U123|ana>}, {@code <https://x|label>}, {@code &amp;}): what a
 * person wrote, as words and links, for writers of other formats to escape for where it lands.
 * Slack escapes {@code <}, {@code >} and {@code &} in what people type, so every raw angle bracket
 * in message text opens one of its tokens.
 */
public final class SlackMarkup {

  private static final Pattern TOKEN = Pattern.compile("<([^<>]*)>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt);");
  private static final Set<String> BROADCASTS = Set.of("here", "channel", "everyone", "group");
  private static final String SUBTEAM = "subteam^";
  private static final Pattern USER = Pattern.compile("@([UW][A-Z0-9]+)(?:\\|([^>]*))?");

  private SlackMarkup() {}

  /** Like {@link #parts(String, Function)} with no way to look names up. */
  public static List<TextPart> parts(String text) {
    return parts(text, id -> Optional.empty());
  }

  /**
   * The text as words and links: mentions become "@name" (looked up with {@code userNames}, else
   * the label Slack sent, else "@U123"), channels "#name", broadcasts "@here", dates their fallback
   * text. Neighbouring words are merged, so links are the only boundaries.
   */
  public static List<TextPart> parts(String text, Function<String, Optional<String>> userNames) {
    List<TextPart> parts = new ArrayList<>();
    StringBuilder words = new StringBuilder();
    Matcher m = TOKEN.matcher(text);
    int last = 0;
    while (m.find()) {
      words.append(decode(text.substring(last, m.start())));
      TextPart token = token(m.group(1), userNames);
      if (token instanceof TextPart.Words w) {
        words.append(w.text());
      } else {
        flush(words, parts);
        parts.add(token);
      }
      last = m.end();
    }
    words.append(decode(text.substring(last)));
    flush(words, parts);
    return parts;
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

  /**
   * Slack's three entities decoded in one pass, so that {@code &amp;lt;} (a person typing "&lt;")
   * stays "&lt;" and does not become "<".
   */
  public static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return ENTITY
        .matcher(text)
        .replaceAll(
            m ->
                switch (m.group(1)) {
                  case "lt" -> "<";
                  case "gt" -> ">";
                  default -> "&";
                });
  }

  private static void flush(StringBuilder words, List<TextPart> parts) {
    if (!words.isEmpty()) {
      parts.add(new TextPart.Words(words.toString()));
      words.setLength(0);
    }
  }

  private static TextPart token(String inside, Function<String, Optional<String>> userNames) {
    int bar = inside.indexOf('|');
    String target = bar < 0 ? inside : inside.substring(0, bar);
    Optional<String> label =
        Optional.of(bar < 0 ? "" : decode(inside.substring(bar + 1))).filter(s -> !s.isBlank());
    if (target.startsWith("@")) {
      String id = target.substring(1);
      // Today's name first, so a person reads the same on every line of a document.
      return new TextPart.Words("@" + userNames.apply(id).or(() -> label).orElse(id));
    }
    if (target.startsWith("#")) {
      return new TextPart.Words("#" + label.orElse(target.substring(1)));
    }
    if (target.startsWith("!")) {
      return new TextPart.Words(special(target.substring(1), label));
    }
    String url = decode(target);
    if (url.startsWith("mailto:") && label.filter(url.substring(7)::equals).isPresent()) {
      return new TextPart.Words(label.get());
    }
    return new TextPart.Link(url, label.orElse(url));
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
}
