package dev.scribe.slack;

/**
 * What people typed, made inert for Scribe's own Block Kit (App Home, modals, tag confirmations):
 * Slack markup becomes readable words ("@ana", "#ops", "[label](url)") and every {@code <}, {@code
 * >} and {@code &} is escaped, so no mention, broadcast or link can come alive. One method, so that
 * it can move to the shared inert-text helper once that exists on main.
 */
public final class UserText {

  private UserText() {}

  /** Slack text (a title, an event's or an item's words) safe to show in mrkdwn. */
  public static String inert(String slackText) {
    return escape(SlackMarkup.toMarkdown(slackText == null ? "" : slackText));
  }

  /** Like {@link #inert} and cut to {@code maxChars} on one line, with "…". */
  public static String inertLine(String slackText, int maxChars) {
    String flat = SlackMarkup.toMarkdown(slackText == null ? "" : slackText).strip();
    flat = flat.replaceAll("\\s+", " ");
    if (flat.codePointCount(0, flat.length()) > maxChars) {
      flat = flat.substring(0, flat.offsetByCodePoints(0, maxChars - 1)).stripTrailing() + "…";
    }
    return escape(flat);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
