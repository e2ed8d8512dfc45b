package dev.scribe.actions;

import dev.scribe.common.UserFacingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code TEXT [@owner] [due:DATE] [priority] [kind] [ticket]}. Options written as {@code
 * name:value} may stand anywhere; bare ones (a mention, {@code high}, {@code p2}, {@code
 * long-term}, a link) count only in the run of words after the text, so "rotate keys for
 * <@U1>'s service" keeps its words. Text in double quotes is never read as options.
 */
public final class ActionInputParser {

  static final String EXAMPLE = "/pm action Add an alert on queue depth @alice due:friday high";
  private static final Pattern TOKEN = Pattern.compile("(?:[a-z]+:)?<[^>]*>|\"[^\"]*\"|\\S+");
  private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");
  private static final Pattern LINK =
      Pattern.compile("<(https?://[^|>]+)(?:\\|[^>]*)?>|(https?://\\S+)");
  private static final int LONGEST_DATE_PHRASE = 3;

  private final DueDateParser dates;

  public ActionInputParser(DueDateParser dates) {
    this.dates = dates;
  }

  /** A new action item: the text is required. */
  public ActionInput parse(String args) {
    ActionInput input = read(args);
    if (input.text().isEmpty()) {
      throw new UserFacingException("An action item needs a description.", EXAMPLE);
    }
    return input;
  }

  /** An edit: any part may be missing, but at least one must be given. */
  public ActionInput parseEdit(String args) {
    ActionInput input = read(args);
    if (input.isEmpty()) {
      throw new UserFacingException(
          "Tell me what to change: new text, an owner, `due:DATE`, a priority or a kind.",
          "/pm action edit 2 due:+7d @bob");
    }
    return input;
  }

  private ActionInput read(String args) {
    Parts parts = new Parts();
    List<String> tokens = mergeDatePhrases(tokenize(args));
    int end = tokens.size();
    while (end > 0 && parts.takeBare(tokens.get(end - 1))) {
      end--;
    }
    List<String> words = new ArrayList<>();
    for (String token : tokens.subList(0, end)) {
      if (!parts.takePrefixed(token)) {
        words.add(unquote(token));
      }
    }
    String text = String.join(" ", words).strip();
    return new ActionInput(
        text.isEmpty() ? Optional.empty() : Optional.of(text),
        Optional.ofNullable(parts.owner),
        Optional.ofNullable(parts.due),
        Optional.ofNullable(parts.priority),
        Optional.ofNullable(parts.kind),
        Optional.ofNullable(parts.ticket));
  }

  private static List<String> tokenize(String args) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(args == null ? "" : args);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** Joins {@code due:next week} or {@code due: dec 1} into one token, the longest that reads. */
  private List<String> mergeDatePhrases(List<String> tokens) {
    List<String> merged = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (!token.toLowerCase(Locale.ROOT).startsWith("due:")) {
        merged.add(token);
        continue;
      }
      String head = token.substring(4);
      int taken = 0;
      for (int extra = Math.min(LONGEST_DATE_PHRASE, tokens.size() - i - 1); extra >= 1; extra--) {
        if (dates.parse(joined(head, tokens.subList(i + 1, i + 1 + extra))).isPresent()) {
          taken = extra;
          break;
        }
      }
      merged.add("due:" + joined(head, tokens.subList(i + 1, i + 1 + taken)));
      i += taken;
    }
    return merged;
  }

  private static String joined(String head, List<String> rest) {
    return (head + " " + String.join(" ", rest)).strip();
  }

  private static String unquote(String token) {
    return token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")
        ? token.substring(1, token.length() - 1)
        : token;
  }

  /** The options found so far; each may be given once. */
  private final class Parts {
    String owner;
    LocalDate due;
    Priority priority;
    ActionKind kind;
    String ticket;

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
      once(due, "due date");
      due = dates.parse(value).orElseThrow(() -> new UserFacingException(
          "I couldn't read `" + value + "` as a due date. Try `2026-12-01`, `+7d`, `friday`,"
              + " `next week`, `tomorrow` or `dec 1`.",
          EXAMPLE));
    }

    private void setOwner(String value) {
      once(owner, "owner");
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

    private void once(Object current, String what) {
      if (current != null) {
        throw new UserFacingException("Give one " + what + " per action item.", EXAMPLE);
      }
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
