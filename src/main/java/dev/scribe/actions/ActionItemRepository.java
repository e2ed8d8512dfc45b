package dev.scribe.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where action items are kept. Every method is scoped to one Slack workspace (team). */
public interface ActionItemRepository {

  /** Stores a new item numbered after the incident's highest number; numbers are never reused. */
  ActionItem add(String teamId, ActionDraft draft);

  /** Every item of the incident, dropped and done ones included, by number. */
  List<ActionItem> forIncident(String teamId, long incidentId);

  /** Item number {@code number} of the incident. */
  Optional<ActionItem> byNumber(String teamId, long incidentId, int number);

  /** The item with this storage id, with its incident. */
  Optional<IncidentAction> byId(String teamId, long id);

  /**
   * Writes the changeable fields: text, owner, due, priority, kind, ticket, status, closed, snooze.
   */
  void update(String teamId, ActionItem item);

  /** The user's open items across the workspace's incidents, earliest due first. */
  List<IncidentAction> openOwnedBy(String teamId, String userId);

  /**
   * Every workspace's open items due before {@code day}, snoozed or not, with their incidents: the
   * one query that reads across workspaces, because the reminder sweep serves them all. Its cost
   * must follow the number of such items, not the size of the table.
   */
  List<IncidentAction> openDueBeforeInAllWorkspaces(LocalDate day);

  /** Workspaces holding any open item. */
  List<String> teamsWithOpenItems();

  /** How many of the workspace's items are open. */
  int countOpen(String teamId);
}
