package dev.scribe.storage;

import dev.scribe.review.ChangeLog;
import dev.scribe.review.Changes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * What changed in an incident, from the history the other repositories keep: nothing is written
 * here, so a change can never be missed by forgetting to log it.
 */
public final class JdbiChangeLog implements ChangeLog {

  /** Revisions that changed an event's time, marker or words. */
  private static final List<String> EDITS = List.of("edit", "message-edited");

  /** Revisions that took an event off the timeline. */
  private static final List<String> REMOVALS = List.of("delete", "reaction-removed");

  private final SqlObjects.Attached<ChangeLogDao> dao;

  public JdbiChangeLog(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, ChangeLogDao.class);
  }

  @Override
  public Changes between(String teamId, long incidentId, Instant after, Instant until) {
    Instant from = after;
    Instant to = until;
    Set<String> fields = new LinkedHashSet<>();
    for (String name : dao.get().fieldsChanged(teamId, incidentId, from, to)) {
      // The incident's own status (resolved, reopened) shares the field history with the fields.
      fields.add(name.equals("status") ? "incident status" : name);
    }
    return new Changes(
        dao.get().eventsAdded(teamId, incidentId, from, to),
        dao.get().eventsRevised(teamId, incidentId, EDITS, from, to),
        dao.get().eventsRevised(teamId, incidentId, REMOVALS, from, to),
        new ArrayList<>(fields),
        dao.get().actionsAdded(teamId, incidentId, from, to),
        dao.get().actionsClosed(teamId, incidentId, from, to));
  }
}
