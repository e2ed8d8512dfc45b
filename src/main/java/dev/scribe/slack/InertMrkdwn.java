package dev.scribe.slack;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last step before Scribe hands a message to Slack: whatever people typed into it, the message
 * notifies nobody. Scribe's messages carry user text in Slack's own encoding ({@code &lt;}, {@code
 * <@U1|ana>}); here every broadcast ({@code <!here>}, {@code <!channel>}, {@code <!everyone>},
 * {@code <!subteam^…>}) becomes plain "@here", every user mention becomes the person's name unless
 * Scribe may mention that user, and a stray {@code <} cannot open a new token. Links and channel
 * links are kept. A word joiner after the "@" keeps "@here" inert even where Slack would link
 * names, so this does not rely on {@code link_names} or {@code parse} being off.
 */
public final class InertMrkdwn {

  /** U+2060 WORD JOINER: invisible, and breaks Slack's "@here" and "@name" matching. */
  static final String JOINER = "\u2060";

  private static final Pattern TOKEN = Pattern.compile("<([^<>]*)>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt);");
  private static final Pattern USER = Pattern.compile("@([UW][A-Z0-9]+)(?:\\|(.*))?");
  private static final Pattern CHANNEL = Pattern.compile("#[CG][A-Z0-9]+(?:\\|[^|]*)?");
  private static final Pattern LINK =
      Pattern.compile("(?i)(?:https?|mailto):[^\\s|]+(?:\\|[^|]*)?");
  private static final Pattern DATE = Pattern.compile("!date\\^[0-9]+\\^[^|]*(?:\\|[^|]*)?");
  // The "@" first and the look-behind after it: with the look-behind first, the regex tested its
  // Unicode classes at every position of every message (a third of the request threads' samples).
  private static final Pattern BROADCAST_WORD =
      Pattern.compile("(?i)@(?<![\\p{L}\\p{N}_@./:]@)(here|channel|everyone|group)\\b");
  private static final Set<String> BROADCASTS = Set.of("here", "channel", "everyone", "group");
  private static final String SUBTEAM = "!subteam^";

  private InertMrkdwn() {}

  /**
   * The message with no live mention but those of {@code mayMention}.
   *
   * @param mrkdwn Scribe's message, with user text in Slack's encoding
   * @param mayMention users Scribe may mention here: the one it is answering, who cannot be
   *     notified by their own command, or the recipient of a direct message
   * @param names display names of users, for mentions shown as names
   */
  public static String of(
      String mrkdwn, Set<String> mayMention, Function<String, Optional<String>> names) {
    StringBuilder out = new StringBuilder(mrkdwn.length() + 16);
    Matcher m = TOKEN.matcher(mrkdwn);
    int last = 0;
    while (m.find()) {
      out.append(strayAngles(mrkdwn.substring(last, m.start())));
      out.append(token(m.group(1), mayMention, names));
      last = m.end();
    }
    out.append(strayAngles(mrkdwn.substring(last)));
    return BROADCAST_WORD.matcher(out).replaceAll("@" + JOINER + "$1");
  }

  /** Like {@link #of(String, Set, Function)} with no way to look names up. */
  public static String of(String mrkdwn, Set<String> mayMention) {
    return of(mrkdwn, mayMention, id -> Optional.empty());
  }

  /**
   * Plain text (a template's source, a file name) made safe to quote in a message: {@code &},
   * {@code <} and {@code >} escaped as Slack asks, so it shows exactly as written.
   */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String token(
      String inside, Set<String> mayMention, Function<String, Optional<String>> names) {
    Matcher user = USER.matcher(inside);
    if (user.matches()) {
      String id = user.group(1);
      if (mayMention.contains(id)) {
        return "<@" + id + ">";
      }
      // The name in the token first: looking one up could keep Slack waiting for its ack.
      Optional<String> label = Optional.ofNullable(user.group(2)).filter(s -> !s.isBlank());
      return inertName(label.map(InertMrkdwn::decode).or(() -> names.apply(id)).orElse(id));
    }
    if (CHANNEL.matcher(inside).matches()
        || LINK.matcher(inside).matches()
        || DATE.matcher(inside).matches()) {
      return "<" + inside + ">";
    }
    String target = inside.contains("|") ? inside.substring(0, inside.indexOf('|')) : inside;
    String label = inside.contains("|") ? inside.substring(inside.indexOf('|') + 1) : "";
    if (target.startsWith("!") && BROADCASTS.contains(target.substring(1))) {
      return "@" + JOINER + target.substring(1);
    }
    if (target.startsWith(SUBTEAM)) {
      String name = label.isBlank() ? target.substring(SUBTEAM.length()) : label;
      return inertName(decode(name.startsWith("@") ? name.substring(1) : name));
    }
    // Anything else shows as the characters it is made of.
    return "&lt;" + inside + "&gt;";
  }

  /** Slack's three entities, decoded in one pass. */
  private static String decode(String text) {
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

  private static String inertName(String name) {
    return "@" + JOINER + escape(name);
  }

  /** A "<" that opens no token shows as itself; so does a ">" that closes none. */
  private static String strayAngles(String text) {
    return text.replace("<", "&lt;").replace(">", "&gt;");
  }
}
