package dev.scribe.postmortem;

import dev.scribe.common.TextPart;
import dev.scribe.common.Times;
import dev.scribe.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

  /** The user's display name, safe on one line: in a table cell, a heading, a list item. */
  String name(String userId) {
    return Markdown.inline(source.nameOf(userId));
  }

  /** Slack text on one line: in a table cell, a heading, a list item or a sentence. */
  String inline(String slackText) {
    return Markdown.inline(parts(slackText));
  }

  /** Slack text as a label of the Mermaid chart, cut to {@code maxChars}. */
  String mermaid(String slackText, int maxChars) {
    return Markdown.mermaid(parts(slackText), maxChars);
  }

  /** Slack text as plain text on one line, for the timeline picture. */
  String picture(String slackText) {
    return Markdown.picture(parts(slackText));
  }

  /** "T1 21:38 UTC “error rate climbs”". */
  String quote(TimelineEvent event) {
    String text = Markdown.cut(picture(event.text()), QUOTE_LENGTH);
    return event.marker().code()
        + " "
        + when(event.occurredAt())
        + " “"
        + Markdown.inline(text)
        + "”";
  }

  /** Slack text as what the person wrote: words and links. */
  List<TextPart> parts(String slackText) {
    return eventText.parts(slackText, source.userNames());
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
