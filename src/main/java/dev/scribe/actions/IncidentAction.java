package dev.scribe.actions;

import dev.scribe.incident.Incident;
import java.util.Objects;
import java.util.Optional;

/**
 * An action item together with its incident: what reminders and cross-incident lists need.
 *
 * @param incident the incident the item came from
 * @param item the action item
 */
public record IncidentAction(Incident incident, ActionItem item) {

  public IncidentAction {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(item, "item");
    if (item.incidentId() != incident.id()) {
      throw new IllegalArgumentException(
          "item " + item.id() + " is not from incident " + incident.id());
    }
  }

  public String teamId() {
    return incident.teamId();
  }

  /**
   * Who is reminded of the item: its owner; without one the incident's owner, and without that the
   * person who declared the incident.
   */
  public Optional<String> responsible() {
    return item.owner().or(incident::owner).or(() -> Optional.ofNullable(incident.declaredBy()));
  }

  /**
   * Who hears about the item once it is long overdue: the incident's owner, unless already
   * reminded.
   */
  public Optional<String> escalationRecipient() {
    return incident.owner().filter(owner -> !owner.equals(responsible().orElse(null)));
  }

  /** An item with the given state, same incident. */
  public IncidentAction with(ActionItem changed) {
    return new IncidentAction(incident, changed);
  }
}
