package dev.scribe.recording;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a user mention as Slack sends it in an escaped slash command ({@code <@U123|dana>} or
 * {@code <@U123>}). Plain text has no user id, so "@dana" alone is not accepted.
 */
final class SlackUserMention {

  private static final Pattern MENTION = Pattern.compile("^<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>$");

  private SlackUserMention() {}

  public static Optional<String> userId(String text) {
    Matcher m = MENTION.matcher(text.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
