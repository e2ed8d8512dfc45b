package dev.scribe.slack.actions;

import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionStatus;
import dev.scribe.actions.IncidentAction;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** How an action item reads in Slack (mrkdwn). */
final class ActionItemText {

  private ActionItemText() {}

  /** "*3.* Add an alert — <@U1> · due Fri 2026-11-27 · high · short-term · <url|ticket>". */
  static String line(ActionItem item, LocalDate today) {
    String text = item.status() == ActionStatus.OPEN ? item.text() : "~" + item.text() + "~";
    return "*" + item.number() + ".* " + text + " — " + String.join(" · ", details(item, today));
  }

  /** "*INC-2026-001 #3* Add an alert — …": for lists spanning incidents. */
  static String lineWithIncident(IncidentAction a, LocalDate today) {
    return lineWithIncident(a, today, UnaryOperator.identity());
  }

  /** The same, with the item's words passed through {@code words} (to make them inert). */
  static String lineWithIncident(IncidentAction a, LocalDate today, UnaryOperator<String> words) {
    ActionItem item = a.item();
    return "*"
        + a.incident().publicId()
        + " #"
        + item.number()
        + "* "
        + words.apply(item.text())
        + " — "
        + String.join(" · ", details(item, today));
  }

  private static List<String> details(ActionItem item, LocalDate today) {
    List<String> parts = new ArrayList<>();
    parts.add(item.owner().map(o -> "<@" + o + ">").orElse("no owner"));
    item.due()
        .ifPresentOrElse(
            d -> parts.add(due(d, today, item.status())), () -> parts.add("no due date"));
    parts.add(item.priority().label());
    parts.add(item.kind().word());
    if (item.ticketUrl() != null) {
      parts.add("<" + item.ticketUrl() + "|ticket>");
    }
    if (item.status() != ActionStatus.OPEN) {
      parts.add(item.status() == ActionStatus.DONE ? ":white_check_mark: done" : "dropped");
    } else if (item.snoozedUntil() != null && today.isBefore(item.snoozedUntil())) {
      parts.add("snoozed until " + day(item.snoozedUntil()));
    }
    return parts;
  }

  /** "due Fri 2026-11-27", "*overdue* since Fri 2026-11-20 (3 days)". */
  static String due(LocalDate due, LocalDate today, ActionStatus status) {
    if (status == ActionStatus.OPEN && due.isBefore(today)) {
      long days = ChronoUnit.DAYS.between(due, today);
      return "*overdue* since " + day(due) + " (" + days + (days == 1 ? " day)" : " days)");
    }
    return "due " + day(due);
  }

  /** "Fri 2026-11-27". */
  static String day(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date;
  }
}
