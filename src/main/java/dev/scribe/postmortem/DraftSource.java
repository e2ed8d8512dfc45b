package dev.scribe.postmortem;

import dev.scribe.actions.ActionItem;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.review.Changes;
import dev.scribe.review.HistoryEntry;
import dev.scribe.review.Review;
import dev.scribe.timeline.TimelineEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything Scribe knows about one incident, as the draft is built from it.
 *
 * @param incident the incident
 * @param events live (not deleted) events, in any order
 * @param fields free-text fields set with {@code /pm set} (title, severity and owner live in the
 *     incident)
 * @param actions the incident's action items
 * @param userNames Slack user id to display name
 * @param zone the zone times are shown in
 * @param generatedAt when the draft is made
 * @param review the post-mortem's status, versions and reviewers
 * @param history its document history, oldest first
 * @param changedSinceFinal what changed since it became Final; {@link Changes#NONE} if nothing did
 *     or it is not Final
 */
public record DraftSource(
    Incident incident,
    List<TimelineEvent> events,
    Map<IncidentField, String> fields,
    List<ActionItem> actions,
    Function<String, Optional<String>> userNames,
    ZoneId zone,
    Instant generatedAt,
    Review review,
    List<HistoryEntry> history,
    Changes changedSinceFinal) {

  public DraftSource {
    Objects.requireNonNull(incident, "incident");
    events = List.copyOf(events);
    fields = Map.copyOf(fields);
    actions = List.copyOf(actions);
    Objects.requireNonNull(userNames, "userNames");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(review, "review");
    history = List.copyOf(history);
    Objects.requireNonNull(changedSinceFinal, "changedSinceFinal");
  }

  /** A post-mortem never drafted nor reviewed. */
  public DraftSource(
      Incident incident,
      List<TimelineEvent> events,
      Map<IncidentField, String> fields,
      List<ActionItem> actions,
      Function<String, Optional<String>> userNames,
      ZoneId zone,
      Instant generatedAt) {
    this(
        incident,
        events,
        fields,
        actions,
        userNames,
        zone,
        generatedAt,
        Review.none(incident.id()),
        List.of(),
        Changes.NONE);
  }

  /** The field's text when it was set to something other than blanks. */
  public Optional<String> field(IncidentField field) {
    return Optional.ofNullable(fields.get(field)).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** The user's display name, or the id itself when Slack did not tell us. */
  public String nameOf(String userId) {
    return userNames.apply(userId).filter(n -> !n.isBlank()).orElse(userId);
  }
}
