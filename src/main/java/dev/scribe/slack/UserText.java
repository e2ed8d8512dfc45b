package dev.scribe.slack;

import java.util.Set;

/**
 * What people typed, shown in Scribe's own Block Kit (App Home, modals, item notes): through {@link
 * InertMrkdwn}, so no mention or broadcast comes alive, while links stay links.
 */
public final class UserText {

  private UserText() {}

  /** Slack text (a title, an event's or an item's words) safe to show in mrkdwn. */
  public static String inert(String slackText) {
    return InertMrkdwn.of(slackText == null ? "" : slackText, Set.of());
  }

  /** Like {@link #inert} on one line, cut to {@code maxChars} with "…". */
  public static String inertLine(String slackText, int maxChars) {
    String flat = (slackText == null ? "" : slackText).strip().replaceAll("\\s+", " ");
    if (flat.codePointCount(0, flat.length()) > maxChars) {
      flat = flat.substring(0, flat.offsetByCodePoints(0, maxChars - 1)).stripTrailing() + "…";
    }
    return InertMrkdwn.of(flat, Set.of());
  }
}
