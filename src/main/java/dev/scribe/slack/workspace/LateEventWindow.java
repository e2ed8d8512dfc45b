package dev.scribe.slack.workspace;

import dev.scribe.common.UserFacingException;
import dev.scribe.workspace.WorkspaceRules;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of {@code /pm config late-events}: {@code 24h}, {@code 90m}, {@code 2d}, {@code off}.
 */
final class LateEventWindow {

  static final String EXAMPLE = "/pm config late-events 24h";
  private static final Pattern SPAN = Pattern.compile("(\\d{1,5})\\s*(d|h|m|min)");

  private LateEventWindow() {}

  static Duration parse(String words) {
    String word = words.strip().toLowerCase(Locale.ROOT);
    if (word.equals("off") || word.equals("0")) {
      return Duration.ZERO;
    }
    Matcher span = SPAN.matcher(word);
    if (!span.matches()) {
      throw new UserFacingException(
          "Say how long after a resolution `/pm event` still joins the resolved incident "
              + "(`24h`, `90m`, `2d`), or `off`.",
          EXAMPLE);
    }
    long amount = Long.parseLong(span.group(1));
    Duration window =
        switch (span.group(2)) {
          case "d" -> Duration.ofDays(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofMinutes(amount);
        };
    if (window.compareTo(WorkspaceRules.MAX_LATE_EVENT_WINDOW) > 0) {
      throw new UserFacingException("Keep it to 30 days at most.", EXAMPLE);
    }
    return window;
  }
}
