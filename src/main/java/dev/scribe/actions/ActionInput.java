package dev.scribe.actions;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code /pm action …} said, part by part; a part not given is empty (an edit changes only the
 * parts given).
 *
 * @param text what is to be done
 * @param ownerId Slack user ID of the owner
 * @param due the day it is due
 * @param priority how urgent
 * @param kind short-term, long-term or process
 * @param ticketUrl a link to the tracker
 * @param clearOwner {@code owner:none} was given: the item is to have no owner (edits only)
 * @param clearDue {@code due:none} was given: the item is to have no due date (edits only)
 */
public record ActionInput(
    Optional<String> text,
    Optional<String> ownerId,
    Optional<LocalDate> due,
    Optional<Priority> priority,
    Optional<ActionKind> kind,
    Optional<String> ticketUrl,
    boolean clearOwner,
    boolean clearDue) {

  public ActionInput {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ticketUrl, "ticketUrl");
  }

  /** True when no part at all was given. */
  public boolean isEmpty() {
    return text.isEmpty()
        && ownerId.isEmpty()
        && due.isEmpty()
        && priority.isEmpty()
        && kind.isEmpty()
        && ticketUrl.isEmpty()
        && !clearOwner
        && !clearDue;
  }
}
