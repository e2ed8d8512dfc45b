package dev.scribe.postmortem;

import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.ActionStatus;
import dev.scribe.actions.Priority;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.IncidentStatus;
import dev.scribe.incident.Severity;
import dev.scribe.review.Changes;
import dev.scribe.review.HistoryEntry;
import dev.scribe.review.Review;
import dev.scribe.review.ReviewStatus;
import dev.scribe.review.Reviewer;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fixed incident, and small factories for variations of it. */
public final class DraftFixtures {

  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  public static final Instant GENERATED = Instant.parse("2026-11-22T09:00:00Z");
  static final Map<String, String> NAMES = Map.of("U1", "dana", "U2", "sam", "U3", "lee");

  private DraftFixtures() {}

  public static Incident incident() {
    return new Incident(
        7,
        "T1",
        "C42",
        "INC-2026-014",
        "Checkout returns 500s for EU customers",
        Severity.SEV2,
        IncidentStatus.RESOLVED,
        "U1",
        "U2",
        Instant.parse("2026-11-21T20:44:00Z"),
        Instant.parse("2026-11-21T22:08:00Z"));
  }

  /** The checkout incident: every marker once, one note, in shuffled order. */
  public static List<TimelineEvent> events() {
    List<TimelineEvent> events =
        new ArrayList<>(
            List.of(
                event(
                    6,
                    "2026-11-21T21:05:00Z",
                    Marker.CAUSE,
                    "config v142 skipped validation for EU regions",
                    "U1"),
                event(
                    1,
                    "2026-11-21T20:38:00Z",
                    Marker.IMPACT,
                    "error rate climbs on checkout-api",
                    "U3"),
                event(
                    2,
                    "2026-11-21T20:41:00Z",
                    Marker.ALERT,
                    "PagerDuty: checkout 5xx > 2% | eu-west-1",
                    "U2"),
                event(3, "2026-11-21T20:45:00Z", Marker.ACK, "<@U1|dana> acks the page", "U1"),
                event(
                    4,
                    "2026-11-21T20:50:00Z",
                    Marker.INVESTIGATING,
                    "war room opened in <#C9|inc-checkout>",
                    "U2"),
                event(
                    5,
                    "2026-11-21T20:52:00Z",
                    Marker.NOTE,
                    "config v142 went out at 21:30, see <https://deploys.example/142|deploy 142>",
                    "U3"),
                event(7, "2026-11-21T21:31:00Z", Marker.FIX, "rolled back to config v141", "U1"),
                event(
                    8,
                    "2026-11-21T21:40:00Z",
                    Marker.RESTORED,
                    "error rate back to baseline",
                    "U3"),
                event(
                    9,
                    "2026-11-21T22:08:00Z",
                    Marker.RESOLVED,
                    "monitoring clean for 25 min; resolving",
                    "U1")));
    java.util.Collections.reverse(events);
    return events;
  }

  public static TimelineEvent event(int number, String at, Marker marker, String text, String by) {
    return new TimelineEvent(
        100 + number,
        7,
        number,
        Instant.parse(at),
        marker,
        text,
        by,
        "U2",
        by.equals("U2") ? EventSource.COMMAND : EventSource.REACTION,
        // A tagged message links to itself, so a reviewer can check its time at the source.
        by.equals("U2")
            ? null
            : "https://acme.slack.com/archives/C0INC/p"
                + Instant.parse(at).getEpochSecond()
                + "000000",
        Instant.parse(at),
        false);
  }

  public static Map<IncidentField, String> fields() {
    Map<IncidentField, String> fields = new EnumMap<>(IncidentField.class);
    fields.put(
        IncidentField.SUMMARY,
        "A config push without EU validation made checkout fail for EU customers for about an hour.");
    fields.put(IncidentField.IMPACT, "EU customers could not pay at checkout");
    fields.put(IncidentField.USERS_AFFECTED, "~12,000");
    fields.put(IncidentField.ROOT_CAUSE, "The config validator skipped EU regions.");
    fields.put(IncidentField.TRIGGER, "config v142 pushed at 21:30 CET");
    fields.put(
        IncidentField.WHYS,
        "checkout returned 500s; config v142 was invalid for EU; the validator skipped EU regions");
    fields.put(IncidentField.WENT_WELL, "Rollback took two minutes once the cause was known.");
    fields.put(IncidentField.TAGS, "config, payments");
    return fields;
  }

  public static List<ActionItem> actions() {
    return List.of(
        action(
            2,
            "Canary config pushes like code",
            "U3",
            LocalDate.parse("2027-01-15"),
            Priority.MEDIUM,
            ActionKind.LONG_TERM),
        action(
            1,
            "Add EU regions to the config validator",
            "U1",
            LocalDate.parse("2026-11-28"),
            Priority.HIGH,
            ActionKind.SHORT_TERM),
        action(
            3,
            "Config pushes need a second reviewer",
            null,
            null,
            Priority.LOW,
            ActionKind.PROCESS));
  }

  static ActionItem action(
      int number, String text, String owner, LocalDate due, Priority priority, ActionKind kind) {
    return new ActionItem(
        number,
        7,
        number,
        text,
        owner,
        due,
        priority,
        kind,
        ActionStatus.OPEN,
        number == 1 ? "https://tracker.example/OPS-12" : null,
        "U1",
        GENERATED,
        null,
        null);
  }

  public static DraftSource source() {
    return source(events(), fields(), BERLIN);
  }

  public static DraftSource source(
      List<TimelineEvent> events, Map<IncidentField, String> fields, ZoneId zone) {
    return source(events, fields, zone, review(), history(), Changes.NONE);
  }

  public static DraftSource source(
      List<TimelineEvent> events,
      Map<IncidentField, String> fields,
      ZoneId zone,
      Review review,
      List<HistoryEntry> history,
      Changes changedSinceFinal) {
    return new DraftSource(
        incident(),
        events,
        fields,
        actions(),
        id -> Optional.ofNullable(NAMES.get(id)),
        zone,
        GENERATED,
        review,
        history,
        changedSinceFinal);
  }

  static final Instant FIRST_DRAFT = Instant.parse("2026-11-22T08:30:00Z");
  static final Instant ASKED = Instant.parse("2026-11-22T08:35:00Z");
  static final Instant LEE_APPROVED = Instant.parse("2026-11-22T08:50:00Z");

  /** Version 2, in review: lee approved version 1, sam has not yet. */
  public static Review review() {
    return new Review(
        7,
        ReviewStatus.IN_REVIEW,
        2,
        FIRST_DRAFT,
        GENERATED,
        List.of(
            new Reviewer("U3", "U1", ASKED, LEE_APPROVED, 1),
            new Reviewer("U2", "U1", ASKED, null, 0)),
        null,
        null,
        0);
  }

  /** Drafted, asked of lee and sam, approved by lee, drafted again after changes. */
  public static List<HistoryEntry> history() {
    return List.of(
        new HistoryEntry(
            HistoryEntry.Kind.DRAFTED,
            1,
            "U1",
            FIRST_DRAFT,
            List.of(),
            new Changes(9, 0, 0, List.of(), 3, 0)),
        new HistoryEntry(
            HistoryEntry.Kind.REVIEW_REQUESTED, 1, "U1", ASKED, List.of("U3", "U2"), Changes.NONE),
        new HistoryEntry(
            HistoryEntry.Kind.APPROVED, 1, "U3", LEE_APPROVED, List.of(), Changes.NONE),
        new HistoryEntry(
            HistoryEntry.Kind.DRAFTED,
            2,
            "U2",
            GENERATED,
            List.of(),
            new Changes(1, 1, 0, List.of("summary", "root-cause"), 0, 1)));
  }
}
