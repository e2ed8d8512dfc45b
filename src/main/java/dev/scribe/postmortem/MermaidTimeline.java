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
 * (in older versions) ';' as syntax, so they become look-alikes: the clock uses the ratio sign '∶'.
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
    String text = display.markdown(event.text()).replaceAll("\\s+", " ").strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT - 1).strip() + "…";
    }
    text =
        text.replace(":", "∶")
            .replace(";", ",")
            .replace("#", "＃")
            .replace("%%", "%")
            .replace("`", "'");
    return event.marker().display() + " — " + text;
  }
}
