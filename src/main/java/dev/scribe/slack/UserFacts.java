package dev.scribe.slack;

import dev.scribe.workspace.WorkspaceRole;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What Scribe knows of the person behind a request without asking Slack: read from its own cache,
 * filled before it is needed (when an incident starts, when someone joins its channel, after the
 * ack of their first request).
 *
 * @param zone their Slack time zone, if known
 * @param role their role in the workspace, if known
 */
public record UserFacts(Optional<ZoneId> zone, Optional<WorkspaceRole> role) {

  public UserFacts {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(role, "role");
  }

  /** Nothing known yet. */
  public static UserFacts unknown() {
    return new UserFacts(Optional.empty(), Optional.empty());
  }

  /** True when everything a request might need is known. */
  public boolean complete() {
    return zone.isPresent() && role.isPresent();
  }
}
