package dev.scribe.workspace;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Workspace rules in memory; passes {@link WorkspaceRulesRepositoryContract}. */
public final class FakeWorkspaceRulesRepository implements WorkspaceRulesRepository {

  private final Map<String, WorkspaceRules> rules = new ConcurrentHashMap<>();

  @Override
  public WorkspaceRules rules(String teamId) {
    return rules.getOrDefault(teamId, WorkspaceRules.defaults());
  }

  @Override
  public void setLateEventWindow(String teamId, Duration window, String userId, Instant at) {
    rules.put(teamId, new WorkspaceRules(window, rules(teamId).adminGroup()));
  }

  @Override
  public void setAdminGroup(
      String teamId, Optional<WorkspaceRules.AdminGroup> group, String userId, Instant at) {
    rules.put(teamId, new WorkspaceRules(rules(teamId).lateEventWindow(), group));
  }
}
