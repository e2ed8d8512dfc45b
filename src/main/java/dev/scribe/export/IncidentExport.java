package dev.scribe.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.scribe.actions.ActionItem;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.metrics.IncidentMetrics;
import dev.scribe.metrics.MetricValue;
import dev.scribe.postmortem.DraftSource;
import dev.scribe.review.HistoryEntry;
import dev.scribe.review.Review;
import dev.scribe.review.Reviewer;
import dev.scribe.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An incident as JSON, for tools: incident fields, every event (times as ISO-8601 UTC), the
 * computed metrics with the ids of the events they came from, and the action items.
 */
public final class IncidentExport {

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

  private IncidentExport() {}

  /**
   * Everything recorded about the incident, as a draft would be made from it, with its people by id
   * and name and its post-mortem's review.
   */
  public static String json(DraftSource source) {
    JsonObject root = tree(source.incident(), source.fields(), source.events(), source.actions());
    root.add("people", people(source));
    root.add("postmortem", postmortem(source));
    return GSON.toJson(root);
  }

  public static String json(
      Incident incident,
      Map<IncidentField, String> fields,
      List<TimelineEvent> events,
      List<ActionItem> actions) {
    return GSON.toJson(tree(incident, fields, events, actions));
  }

  private static JsonObject tree(
      Incident incident,
      Map<IncidentField, String> fields,
      List<TimelineEvent> events,
      List<ActionItem> actions) {
    JsonObject root = new JsonObject();
    root.add("incident", incident(incident, fields));
    JsonArray timeline = new JsonArray();
    events.forEach(e -> timeline.add(event(e)));
    root.add("timeline", timeline);
    JsonArray metrics = new JsonArray();
    IncidentMetrics.of(events).values().forEach(m -> metrics.add(metric(m)));
    root.add("metrics", metrics);
    JsonArray items = new JsonArray();
    actions.forEach(a -> items.add(action(a)));
    root.add("action_items", items);
    return root;
  }

  /** Each person field: the Slack user id (what is stored) and the name shown for it. */
  private static JsonObject people(DraftSource source) {
    JsonObject o = new JsonObject();
    o.add("owner", person(source, source.incident().ownerId()));
    o.add("declared_by", person(source, source.incident().declaredBy()));
    o.add("facilitator", person(source, source.fields().get(IncidentField.FACILITATOR)));
    JsonArray reviewers = new JsonArray();
    source.review().reviewers().forEach(r -> reviewers.add(person(source, r.userId())));
    o.add("reviewers", reviewers);
    o.add("approver", person(source, source.review().finalBy()));
    return o;
  }

  private static JsonElement person(DraftSource source, String userId) {
    if (userId == null) {
      return JsonNull.INSTANCE;
    }
    JsonObject o = new JsonObject();
    o.addProperty("id", userId);
    o.addProperty("name", source.nameOf(userId));
    return o;
  }

  private static JsonObject postmortem(DraftSource source) {
    Review review = source.review();
    JsonObject o = new JsonObject();
    o.addProperty("status", review.status().name().toLowerCase(Locale.ROOT));
    o.addProperty("version", review.version());
    o.addProperty("first_drafted_at", iso(review.firstDraftedAt()));
    o.addProperty("final_at", iso(review.finalAt()));
    o.addProperty("final_version", review.isFinal() ? review.finalVersion() : null);
    JsonArray reviewers = new JsonArray();
    for (Reviewer r : review.reviewers()) {
      JsonObject v = new JsonObject();
      v.addProperty("id", r.userId());
      v.addProperty("approved_at", iso(r.approvedAt()));
      v.addProperty("approved_version", r.approved() ? r.approvedVersion() : null);
      reviewers.add(v);
    }
    o.add("reviewers", reviewers);
    JsonArray history = new JsonArray();
    for (HistoryEntry e : source.history()) {
      JsonObject h = new JsonObject();
      h.addProperty("kind", e.kind().name().toLowerCase(Locale.ROOT));
      h.addProperty("version", e.version());
      h.addProperty("by", e.by());
      h.addProperty("at", iso(e.at()));
      JsonArray ids = new JsonArray();
      e.people().forEach(ids::add);
      h.add("people", ids);
      history.add(h);
    }
    o.add("history", history);
    o.addProperty("changed_since_final", !source.changedSinceFinal().isEmpty());
    return o;
  }

  private static JsonObject incident(Incident i, Map<IncidentField, String> fields) {
    JsonObject o = new JsonObject();
    o.addProperty("id", i.publicId());
    o.addProperty("team_id", i.teamId());
    o.addProperty("channel_id", i.channelId());
    o.addProperty("title", i.title());
    o.addProperty("severity", i.severityIfSet().map(Enum::name).orElse(null));
    o.addProperty("status", i.status().name().toLowerCase(Locale.ROOT));
    o.addProperty("owner", i.ownerId());
    o.addProperty("declared_by", i.declaredBy());
    o.addProperty("declared_at", iso(i.declaredAt()));
    o.addProperty("resolved_at", iso(i.resolvedAt()));
    JsonObject f = new JsonObject();
    fields.forEach((field, value) -> f.addProperty(field.key(), value));
    o.add("fields", f);
    return o;
  }

  private static JsonObject event(TimelineEvent e) {
    JsonObject o = new JsonObject();
    o.addProperty("id", e.id());
    o.addProperty("number", e.number());
    o.addProperty("time", iso(e.occurredAt()));
    o.addProperty("marker", e.marker().isNote() ? null : e.marker().label());
    o.addProperty("marker_code", e.marker().isNote() ? null : e.marker().code());
    o.addProperty("text", e.text());
    o.addProperty("author", e.authorId());
    o.addProperty("recorded_by", e.recordedBy());
    o.addProperty("source", e.source().name().toLowerCase(Locale.ROOT));
    o.addProperty("permalink", e.permalink());
    o.addProperty("source_message_deleted", e.sourceMessageDeleted());
    return o;
  }

  private static JsonObject metric(MetricValue m) {
    JsonObject o = new JsonObject();
    o.addProperty("name", m.metric().key());
    o.addProperty("label", m.metric().display());
    if (m.duration().isPresent()) {
      // Whole seconds toward zero, as the draft shows them: −0.7 s is 0, not −1.
      o.addProperty("seconds", m.duration().get().toMillis() / 1000);
    } else {
      o.add("seconds", JsonNull.INSTANCE);
    }
    o.addProperty("from_event_id", m.from().map(TimelineEvent::id).orElse(null));
    o.addProperty("to_event_id", m.to().map(TimelineEvent::id).orElse(null));
    o.addProperty("negative", m.isNegative());
    return o;
  }

  private static JsonObject action(ActionItem a) {
    JsonObject o = new JsonObject();
    o.addProperty("id", a.id());
    o.addProperty("number", a.number());
    o.addProperty("text", a.text());
    o.addProperty("owner", a.ownerId());
    o.addProperty("due", a.dueDate() == null ? null : a.dueDate().toString());
    o.addProperty("priority", a.priority().label());
    o.addProperty("kind", a.kind().word());
    o.addProperty("status", a.status().name().toLowerCase(Locale.ROOT));
    o.addProperty("ticket", a.ticketUrl());
    return o;
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
