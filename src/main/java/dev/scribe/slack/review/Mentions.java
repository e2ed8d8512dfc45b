package dev.scribe.slack.review;

import dev.scribe.common.UserFacingException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people named in a command as Slack sends them ({@code <@U123|lee>}): their user ids, each
 * once. Anything else — a plain "@lee" (Slack sends no id for it), a user group, a word — is
 * refused, because a reviewer must be someone Scribe can mention and recognise.
 */
final class Mentions {

  private static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

  private Mentions() {}

  static List<String> userIds(String text, String example) {
    Set<String> ids = new LinkedHashSet<>();
    List<String> other = new ArrayList<>();
    for (String word : text.strip().split("[\\s,]+")) {
      if (word.isEmpty() || word.equalsIgnoreCase("and")) {
        continue;
      }
      Matcher m = USER.matcher(word);
      if (m.matches()) {
        ids.add(m.group(1));
      } else {
        other.add(word);
      }
    }
    if (!other.isEmpty()) {
      throw new UserFacingException(
          "Name each reviewer with an @-mention picked from Slack's list; I can't tell who `"
              + other.get(0).replace("`", "'")
              + "` is.",
          example);
    }
    return new ArrayList<>(ids);
  }
}
