package dev.scribe.home;

import dev.scribe.actions.IncidentAction;
import java.util.Objects;

/**
 * Everything one person's App Home shows, each list on the page they are on.
 *
 * @param items their open action items
 * @param incidents the workspace's open incidents
 * @param postmortems resolved incidents whose post-mortem is due
 */
public record HomeSnapshot(
    Page<IncidentAction> items, Page<OpenIncident> incidents, Page<PostmortemDue> postmortems) {

  public HomeSnapshot {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(postmortems, "postmortems");
  }
}
