package dev.scribe.review;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed in an incident between two moments, read from what Scribe keeps of every change:
 * events recorded, edited or removed, fields set, action items added or closed.
 *
 * @param eventsAdded events recorded (including any removed since)
 * @param eventsEdited events whose time, marker or words changed
 * @param eventsRemoved events taken off the timeline
 * @param fields the names of the fields and incident columns that changed, in order of first change
 * @param actionsAdded action items recorded
 * @param actionsClosed action items done or dropped
 */
public record Changes(
    int eventsAdded,
    int eventsEdited,
    int eventsRemoved,
    List<String> fields,
    int actionsAdded,
    int actionsClosed) {

  public static final Changes NONE = new Changes(0, 0, 0, List.of(), 0, 0);

  public Changes {
    fields = List.copyOf(fields);
  }

  public boolean isEmpty() {
    return eventsAdded + eventsEdited + eventsRemoved + actionsAdded + actionsClosed == 0
        && fields.isEmpty();
  }

  /** "2 events added, 1 edited · fields: summary, root-cause · 1 action item closed". */
  public String describe() {
    if (isEmpty()) {
      return "no changes";
    }
    List<String> parts = new ArrayList<>();
    String events =
        counts(
            "event",
            new int[] {eventsAdded, eventsEdited, eventsRemoved},
            "added",
            "edited",
            "removed");
    if (!events.isEmpty()) {
      parts.add(events);
    }
    if (!fields.isEmpty()) {
      parts.add((fields.size() == 1 ? "field " : "fields ") + String.join(", ", fields));
    }
    String actions =
        counts("action item", new int[] {actionsAdded, actionsClosed}, "added", "closed");
    if (!actions.isEmpty()) {
      parts.add(actions);
    }
    return String.join(" · ", parts);
  }

  /** What a first draft was made from: "9 events, 3 action items". */
  public String describeFirst() {
    return count(eventsAdded - eventsRemoved, "event") + ", " + count(actionsAdded, "action item");
  }

  /** "2 events added, 1 removed": the noun with the first count only. */
  private static String counts(String noun, int[] counts, String... verbs) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        out.add(
            (out.isEmpty() ? count(counts[i], noun) : String.valueOf(counts[i])) + " " + verbs[i]);
      }
    }
    return String.join(", ", out);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
