package dev.scribe.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A new action item before storage gives it an id and a number.
 *
 * @param incidentId the incident it belongs to
 * @param text what is to be done
 * @param ownerId Slack user ID of the owner, or null
 * @param dueDate the day it is due, or null
 * @param priority how urgent
 * @param kind short-term, long-term or process
 * @param ticketUrl a link to the tracker, or null
 * @param createdBy who recorded it
 * @param createdAt when it was recorded
 */
public record ActionDraft(
    long incidentId,
    String text,
    String ownerId,
    LocalDate dueDate,
    Priority priority,
    ActionKind kind,
    String ticketUrl,
    String createdBy,
    Instant createdAt) {

  public ActionDraft {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    if (text.isBlank()) {
      throw new IllegalArgumentException("an action item needs text");
    }
  }

  /** The stored item, once storage has handed out its id and number. */
  public ActionItem stored(long id, int number) {
    return new ActionItem(
        id,
        incidentId,
        number,
        text,
        ownerId,
        dueDate,
        priority,
        kind,
        ActionStatus.OPEN,
        ticketUrl,
        createdBy,
        createdAt,
        null,
        null);
  }
}
