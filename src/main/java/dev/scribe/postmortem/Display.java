package dev.scribe.postmortem;

import dev.scribe.common.Times;
import dev.scribe.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How one draft shows times, people and Slack text: one zone, one set of names. */
final class Display {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final int QUOTE_LENGTH = 60;

  private final DraftSource source;
  private final EventText eventText;
  private final LocalDate referenceDay;

  Display(DraftSource source, EventText eventText, Instant reference) {
    this.source = source;
    this.eventText = eventText;
    this.referenceDay = reference.atZone(source.zone()).toLocalDate();
  }

  ZoneId zone() {
    return source.zone();
  }

  /** "2026-11-21 14:03 CET (13:03 UTC)". */
  String time(Instant instant) {
    return Times.dateTime(instant, source.zone());
  }

  /** "14:03 CET"; with the date in front when it is not the incident's first day. */
  String when(Instant instant) {
    ZonedDateTime local = instant.atZone(source.zone());
    String clock = CLOCK.format(local) + " " + Times.zoneName(local);
    return local.toLocalDate().equals(referenceDay) ? clock : local.toLocalDate() + " " + clock;
  }

  /** "14:03 CET", always without the date. */
  String clock(Instant instant) {
    ZonedDateTime local = instant.atZone(source.zone());
    return CLOCK.format(local) + " " + Times.zoneName(local);
  }

  /** "Europe/Berlin (CET)": the zone id and its short name at the given time. */
  String zoneLabel(Instant at) {
    String name = Times.zoneName(at.atZone(source.zone()));
    String id = source.zone().getId();
    // ZoneOffset.UTC is called "Z"; people know it as UTC.
    return id.equals(name) || name.equals("UTC") ? name : id + " (" + name + ")";
  }

  /** The user's display name, safe inside a table cell. */
  String name(String userId) {
    return cell(source.nameOf(userId));
  }

  /** Slack text as Markdown on one line, safe inside a table cell. */
  String cellText(String slackText) {
    return cell(markdown(slackText));
  }

  /** Slack text as Markdown. */
  String markdown(String slackText) {
    return eventText.markdown(slackText, source.userNames());
  }

  /** "T1 21:38 UTC “error rate climbs”". */
  String quote(TimelineEvent event) {
    String text = markdown(event.text()).replaceAll("\\s+", " ").strip();
    if (text.length() > QUOTE_LENGTH) {
      text = text.substring(0, QUOTE_LENGTH - 1).strip() + "…";
    }
    return event.marker().code() + " " + when(event.occurredAt()) + " “" + cell(text) + "”";
  }

  /** Text made safe for one Markdown table cell: no pipes, no line breaks. */
  static String cell(String text) {
    String out = text;
    if (out.indexOf('|') >= 0) {
      out = out.replace("|", "\\|");
    }
    if (out.indexOf('\n') >= 0 || out.indexOf('\r') >= 0) {
      out = out.strip().replace("\r\n", "\n").replace("\n", "<br>");
    }
    return out;
  }

  /** "ROOT_CAUSE" → "rootCause": how enum constants are named in the view model. */
  static String camel(String constant) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
