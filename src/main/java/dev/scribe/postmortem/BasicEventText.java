package dev.scribe.postmortem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The common Slack forms turned into Markdown: {@code <@U1|dana>} and {@code <@U1>}, {@code
 * <#C1|ops>}, {@code <!here>}, {@code <https://x|label>}, and the three escaped characters.
 */
final class BasicEventText implements EventText {

  private static final Pattern ANGLE = Pattern.compile("<([^<>|]+)(?:\\|([^<>]*))?>");
  private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^<>]*)?>");

  @Override
  public String markdown(String slackText, Function<String, Optional<String>> userNames) {
    if (slackText.indexOf('<') < 0 && slackText.indexOf('&') < 0) {
      return slackText;
    }
    Matcher m = ANGLE.matcher(slackText);
    StringBuilder out = new StringBuilder(slackText.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(converted(m.group(1), m.group(2), userNames)));
    }
    m.appendTail(out);
    return unescape(out.toString());
  }

  @Override
  public List<String> mentions(String slackText) {
    if (slackText.indexOf("<@") < 0) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    Matcher m = MENTION.matcher(slackText);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static String converted(
      String target, String label, Function<String, Optional<String>> userNames) {
    if (target.startsWith("@")) {
      String id = target.substring(1);
      return "@" + userNames.apply(id).or(() -> Optional.ofNullable(label)).orElse(id);
    }
    if (target.startsWith("#")) {
      return "#" + (label != null ? label : target.substring(1));
    }
    if (target.startsWith("!")) {
      return label != null ? label : "@" + target.substring(1).replaceFirst("\\^.*", "");
    }
    return label != null && !label.isBlank() ? "[" + label + "](" + target + ")" : "<" + target + ">";
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
