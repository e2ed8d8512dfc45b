package dev.scribe.home;

import dev.scribe.actions.IncidentAction;

/** The lists of App Home, read a page at a time. Every method is scoped by workspace. */
public interface HomeQueries {

  /** The user's open action items across the workspace, earliest due first (undated last). */
  Page<IncidentAction> openItemsOwnedBy(String teamId, String userId, PageRequest page);

  /** The workspace's open incidents, most recently declared first. */
  Page<OpenIncident> openIncidents(String teamId, PageRequest page);
}
