package dev.scribe.postmortem;

import dev.scribe.timeline.TimelineEvent;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The marker events as Mermaid {@code timeline} sections, one per day. Mermaid reads ':', '#' and
 * (in older versions) ';' as syntax, so they become look-alikes ({@link Markdown#mermaid}): the
 * clock uses the ratio sign '∶'.
 */
final class MermaidTimeline {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH∶mm", Locale.ROOT);
  private static final int MAX_ENTRIES = 40;
  private static final int MAX_TEXT = 50;

  private MermaidTimeline() {}

  /**
   * @param events in time order
   */
  static List<TimelineView.Section> sections(List<TimelineEvent> events, Display display) {
    Map<LocalDate, List<TimelineView.Entry>> byDay = new LinkedHashMap<>();
    int count = 0;
    for (TimelineEvent event : events) {
      if (event.marker().isNote() || count++ >= MAX_ENTRIES) {
        continue;
      }
      ZonedDateTime local = event.occurredAt().atZone(display.zone());
      byDay
          .computeIfAbsent(local.toLocalDate(), d -> new ArrayList<>())
          .add(new TimelineView.Entry(CLOCK.format(local), entryText(event, display)));
    }
    List<TimelineView.Section> sections = new ArrayList<>();
    byDay.forEach(
        (day, entries) -> sections.add(new TimelineView.Section(day.toString(), entries)));
    return sections;
  }

  private static String entryText(TimelineEvent event, Display display) {
    return event.marker().display() + " — " + display.mermaid(event.text(), MAX_TEXT);
  }
}
