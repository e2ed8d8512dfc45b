package dev.scribe.workspace;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Each workspace's {@link WorkspaceRules}, over the defaults. */
public interface WorkspaceRulesRepository {

  /** The workspace's rules; the defaults where it set nothing. */
  WorkspaceRules rules(String teamId);

  /** Sets how long after a resolution typed events still join the resolved incident. */
  void setLateEventWindow(String teamId, Duration window, String userId, Instant at);

  /** Sets (or, empty, removes) the user group whose members may change settings. */
  void setAdminGroup(
      String teamId, Optional<WorkspaceRules.AdminGroup> group, String userId, Instant at);
}
