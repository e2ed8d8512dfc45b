package dev.scribe.actions;

import dev.scribe.common.UserFacingException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of one {@code /pm action} found so far (owner, due, priority, kind, ticket); each may
 * be given once.
 */
final class ActionOptions {

  private static final String EXAMPLE = ActionInputParser.EXAMPLE;
  private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");
  private static final Pattern LINK =
      Pattern.compile("<(https?://[^|>]+)(?:\\|[^>]*)?>|(https?://\\S+)");

  private final DueDateParser dates;

  String owner;
  LocalDate due;
  Priority priority;
  ActionKind kind;
  String ticket;
  boolean clearOwner;
  boolean clearDue;

  ActionOptions(DueDateParser dates) {
    this.dates = dates;
  }

  /** Takes {@code name:value}; false when the token is not an option of that form. */
  boolean takePrefixed(String token) {
    int colon = token.indexOf(':');
    if (colon <= 0 || token.startsWith("<") || token.startsWith("\"")) {
      return false;
    }
    String name = token.substring(0, colon).toLowerCase(Locale.ROOT);
    String value = token.substring(colon + 1).strip();
    switch (name) {
      case "due":
        setDue(value);
        return true;
      case "owner":
        setOwner(value);
        return true;
      case "priority":
      case "prio":
        setPriority(Priority.parse(value).orElseThrow(() -> badPriority(value)));
        return true;
      case "kind":
        setKind(ActionKind.parse(value).orElseThrow(() -> badKind(value)));
        return true;
      case "ticket":
        setTicket(value);
        return true;
      default:
        return false;
    }
  }

  /** Takes an option, bare or {@code name:value}; false when the token is text. */
  boolean takeBare(String token) {
    if (takePrefixed(token)) {
      return true;
    }
    if (MENTION.matcher(token).matches() || token.startsWith("@") && token.length() > 1) {
      setOwner(token);
      return true;
    }
    if (token.startsWith("<") && LINK.matcher(token).matches()) {
      setTicket(token);
      return true;
    }
    Optional<Priority> p = Priority.parse(token);
    if (p.isPresent()) {
      setPriority(p.get());
      return true;
    }
    Optional<ActionKind> k = ActionKind.parse(token);
    if (k.isPresent()) {
      setKind(k.get());
      return true;
    }
    return false;
  }

  private void setDue(String value) {
    once(due != null || clearDue ? "" : null, "due date");
    if (isNone(value)) {
      clearDue = true;
      return;
    }
    if (value.isEmpty()) {
      throw new UserFacingException(
          "Give a date after `due:`, such as `due:friday` or `due:2026-12-01`.", EXAMPLE);
    }
    due =
        dates
            .parse(value)
            .orElseThrow(
                () ->
                    new UserFacingException(
                        "I couldn't read `"
                            + value
                            + "` as a due date. Try `2026-12-01`, `+7d`, `friday`,"
                            + " `next week`, `tomorrow` or `dec 1`.",
                        EXAMPLE));
  }

  private void setOwner(String value) {
    once(owner != null || clearOwner ? "" : null, "owner");
    if (isNone(value)) {
      clearOwner = true;
      return;
    }
    Matcher m = MENTION.matcher(value);
    if (!m.matches()) {
      throw new UserFacingException(
          "I couldn't tell who `" + value + "` is: pick the owner from Slack's @-mention list.",
          EXAMPLE);
    }
    owner = m.group(1);
  }

  private void setTicket(String value) {
    once(ticket, "ticket link");
    Matcher m = LINK.matcher(value);
    if (!m.matches()) {
      throw new UserFacingException(
          "I couldn't read `" + value + "` as a link; paste the ticket's https:// address.",
          "/pm action Add retries ticket:https://tracker.example.com/OPS-12");
    }
    ticket = m.group(1) != null ? m.group(1) : m.group(2);
  }

  private void setPriority(Priority value) {
    once(priority, "priority");
    priority = value;
  }

  private void setKind(ActionKind value) {
    once(kind, "kind");
    kind = value;
  }

  /** {@code due:none}, {@code owner:nobody}: take the value away (in an edit). */
  private static boolean isNone(String value) {
    return value.equalsIgnoreCase("none") || value.equalsIgnoreCase("nobody") || value.equals("-");
  }

  private void once(Object current, String what) {
    if (current != null) {
      throw new UserFacingException("Give one " + what + " per action item.", EXAMPLE);
    }
  }

  private static UserFacingException badPriority(String value) {
    return new UserFacingException(
        "`" + value + "` is not a priority: use critical, high, medium, low or p1…p4.", EXAMPLE);
  }

  private static UserFacingException badKind(String value) {
    return new UserFacingException(
        "`" + value + "` is not a kind: use short-term, long-term or process.",
        "/pm action Write a runbook for failover kind:process");
  }
}
