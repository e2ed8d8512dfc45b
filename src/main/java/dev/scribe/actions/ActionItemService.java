package dev.scribe.actions;

import dev.scribe.common.ChangeNotices;
import dev.scribe.common.Transactor;
import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Records, changes and closes action items; what the commands and the reminder buttons call. */
public final class ActionItemService {

  /** How long the "Snooze" button silences an item. */
  public static final Period SNOOZE = Period.ofWeeks(1);

  private final ActionItemRepository items;
  private final Transactor transactor;
  private final Clock clock;
  private final ChangeNotices notices;

  public ActionItemService(ActionItemRepository items, Transactor transactor, Clock clock) {
    this(items, transactor, clock, ChangeNotices.NONE);
  }

  /**
   * @param transactor every change reads the item and writes it back whole, so it runs in one
   *     transaction: a click on "Done" and a simultaneous edit cannot undo each other
   * @param notices told, after each commit, whose items changed (App Home)
   */
  public ActionItemService(
      ActionItemRepository items, Transactor transactor, Clock clock, ChangeNotices notices) {
    this.items = items;
    this.transactor = transactor;
    this.clock = clock;
    this.notices = notices;
  }

  /** An item after a change, with warnings worth telling the user (a due date in the past). */
  public record Change(ActionItem item, List<String> warnings) {
    public Change {
      warnings = List.copyOf(warnings);
    }
  }

  /** Records a new item; a due date in the past is kept, with a warning. */
  public Change add(Incident incident, ActionInput input, String userId, ZoneId userZone) {
    ActionDraft draft =
        new ActionDraft(
            incident.id(),
            input.text().orElseThrow(),
            input.ownerId().orElse(null),
            input.due().orElse(null),
            input.priority().orElse(Priority.MEDIUM),
            input.kind().orElse(ActionKind.SHORT_TERM),
            input.ticketUrl().orElse(null),
            userId,
            clock.instant());
    ActionItem stored = items.add(incident.teamId(), draft);
    changed(incident.teamId(), stored);
    return new Change(stored, warnings(input, userZone));
  }

  /** The incident's items, by number. */
  public List<ActionItem> list(Incident incident) {
    return items.forIncident(incident.teamId(), incident.id());
  }

  /** The user's open items across every incident of the workspace. */
  public List<IncidentAction> openOwnedBy(String teamId, String userId) {
    return items.openOwnedBy(teamId, userId);
  }

  /**
   * Changes only the parts given ({@code owner:none} and {@code due:none} take one away); a new or
   * removed due date lifts any snooze.
   */
  public Change edit(Incident incident, int number, ActionInput input, ZoneId userZone) {
    ActionItem before = find(incident, number);
    Change change = transactor.inTransaction(() -> editNow(incident, number, input, userZone));
    changed(incident.teamId(), before, change.item());
    return change;
  }

  private Change editNow(Incident incident, int number, ActionInput input, ZoneId userZone) {
    ActionItem old = find(incident, number);
    ActionItem changed =
        new ActionItem(
            old.id(),
            old.incidentId(),
            old.number(),
            input.text().orElse(old.text()),
            input.clearOwner() ? null : input.ownerId().orElse(old.ownerId()),
            input.clearDue() ? null : input.due().orElse(old.dueDate()),
            input.priority().orElse(old.priority()),
            input.kind().orElse(old.kind()),
            old.status(),
            input.ticketUrl().orElse(old.ticketUrl()),
            old.createdBy(),
            old.createdAt(),
            old.closedAt(),
            input.due().isPresent() || input.clearDue() ? null : old.snoozedUntil());
    items.update(incident.teamId(), changed);
    return new Change(changed, warnings(input, userZone));
  }

  /** Marks item N done; doing it twice is harmless. */
  public ActionItem done(Incident incident, int number) {
    return changed(
        incident.teamId(),
        transactor.inTransaction(
            () -> close(incident.teamId(), find(incident, number), ActionStatus.DONE)));
  }

  /** Drops item N: it stays listed, struck out, and is never reminded again. */
  public ActionItem drop(Incident incident, int number) {
    return changed(
        incident.teamId(),
        transactor.inTransaction(
            () -> close(incident.teamId(), find(incident, number), ActionStatus.DROPPED)));
  }

  /** The item with this storage id, with its incident. */
  public IncidentAction byId(String teamId, long id) {
    return findById(teamId, id);
  }

  /** Marks the item with this storage id done (a reminder's button). */
  public IncidentAction doneById(String teamId, long id) {
    return changed(
        transactor.inTransaction(
            () -> {
              IncidentAction found = findById(teamId, id);
              return found.with(close(teamId, found.item(), ActionStatus.DONE));
            }));
  }

  /** Silences reminders of the item for {@link #SNOOZE}, counted from today in the user's zone. */
  public IncidentAction snoozeById(String teamId, long id, ZoneId userZone) {
    return changed(snoozeNow(teamId, id, userZone));
  }

  private IncidentAction snoozeNow(String teamId, long id, ZoneId userZone) {
    return transactor.inTransaction(
        () -> {
          IncidentAction found = stillOpen(findById(teamId, id));
          LocalDate until = LocalDate.now(clock.withZone(userZone)).plus(SNOOZE);
          ActionItem snoozed =
              copy(found.item(), found.item().dueDate(), found.item().status(), null, until);
          items.update(teamId, snoozed);
          return found.with(snoozed);
        });
  }

  /** Moves the item's due date (a reminder's modal); lifts any snooze. */
  public IncidentAction changeDueById(String teamId, long id, LocalDate due) {
    return changed(changeDueNow(teamId, id, due));
  }

  private IncidentAction changeDueNow(String teamId, long id, LocalDate due) {
    return transactor.inTransaction(
        () -> {
          IncidentAction found = stillOpen(findById(teamId, id));
          ActionItem moved =
              copy(found.item(), due, found.item().status(), found.item().closedAt(), null);
          items.update(teamId, moved);
          return found.with(moved);
        });
  }

  /**
   * Old reminder messages keep their buttons: one clicked after the item was closed changes
   * nothing.
   */
  private static IncidentAction stillOpen(IncidentAction found) {
    if (!found.item().isOpen()) {
      throw new UserFacingException(
          "Action item #"
              + found.item().number()
              + " is already "
              + found.item().status().name().toLowerCase(java.util.Locale.ROOT)
              + "; nothing to change.",
          null);
    }
    return found;
  }

  private ActionItem close(String teamId, ActionItem item, ActionStatus status) {
    if (item.status() == status) {
      return item;
    }
    ActionItem closed = copy(item, item.dueDate(), status, clock.instant(), item.snoozedUntil());
    items.update(teamId, closed);
    return closed;
  }

  private ActionItem find(Incident incident, int number) {
    return items
        .byNumber(incident.teamId(), incident.id(), number)
        .orElseThrow(
            () ->
                new UserFacingException(
                    "There is no action item "
                        + number
                        + " in "
                        + incident.publicId()
                        + "; `/pm actions` lists them.",
                    "/pm done 1"));
  }

  private IncidentAction findById(String teamId, long id) {
    return items
        .byId(teamId, id)
        .orElseThrow(() -> new UserFacingException("That action item no longer exists."));
  }

  /** After the commit: the owners whose lists show the item, before and after the change. */
  private ActionItem changed(String teamId, ActionItem... versions) {
    List<String> owners =
        Arrays.stream(versions)
            .map(ActionItem::ownerId)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    if (!owners.isEmpty()) {
      notices.itemsChanged(teamId, owners);
    }
    return versions[versions.length - 1];
  }

  private IncidentAction changed(IncidentAction a) {
    changed(a.teamId(), a.item());
    return a;
  }

  private List<String> warnings(ActionInput input, ZoneId userZone) {
    List<String> warnings = new ArrayList<>();
    Optional<LocalDate> due = input.due();
    if (due.isPresent() && due.get().isBefore(LocalDate.now(clock.withZone(userZone)))) {
      warnings.add(
          "The due date " + due.get() + " is in the past; I kept it, so the item is overdue.");
    }
    return warnings;
  }

  private static ActionItem copy(
      ActionItem i, LocalDate due, ActionStatus status, Instant closedAt, LocalDate snoozedUntil) {
    return new ActionItem(
        i.id(),
        i.incidentId(),
        i.number(),
        i.text(),
        i.ownerId(),
        due,
        i.priority(),
        i.kind(),
        status,
        i.ticketUrl(),
        i.createdBy(),
        i.createdAt(),
        closedAt,
        snoozedUntil);
  }
}
