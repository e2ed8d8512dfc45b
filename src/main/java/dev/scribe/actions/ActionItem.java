package dev.scribe.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the team committed to doing after an incident.
 *
 * @param id storage identity
 * @param incidentId the incident it came from
 * @param number stable number within the incident ({@code /pm done N})
 * @param text what is to be done
 * @param ownerId Slack user who owns it, or null (the incident owner is reminded instead)
 * @param dueDate the calendar day it is due, in the owner's zone, or null
 * @param priority how urgent
 * @param kind short-term fix, long-term improvement or process change
 * @param status open, done or dropped
 * @param ticketUrl a link to the tracker, or null
 * @param createdBy who recorded it
 * @param createdAt when it was recorded
 * @param closedAt when it was done or dropped, null while open
 * @param snoozedUntil no reminder before this day, or null
 */
public record ActionItem(
    long id,
    long incidentId,
    int number,
    String text,
    String ownerId,
    LocalDate dueDate,
    Priority priority,
    ActionKind kind,
    ActionStatus status,
    String ticketUrl,
    String createdBy,
    Instant createdAt,
    Instant closedAt,
    LocalDate snoozedUntil) {

  public ActionItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public Optional<String> owner() {
    return Optional.ofNullable(ownerId);
  }

  public Optional<LocalDate> due() {
    return Optional.ofNullable(dueDate);
  }

  public boolean isOpen() {
    return status == ActionStatus.OPEN;
  }
}
