package dev.scribe.workspace;

import java.util.Optional;

/**
 * Who may change what applies to the whole workspace ({@code /pm config} changes, stored
 * templates): its admins and owners, and the members of the admin user group it chose. Reading
 * stays open to everyone. Decided from what is known; a fact not known yet is said, not guessed.
 */
public final class WorkspaceAdmins {

  /** The answer for one person. */
  public enum Decision {
    ALLOWED,
    REFUSED,
    /** Their role is not known yet: ask {@code users.info}. */
    ROLE_UNKNOWN,
    /** The admin group's members are not known yet: ask {@code usergroups.users.list}. */
    GROUP_UNKNOWN
  }

  private WorkspaceAdmins() {}

  /**
   * @param role the person's role, if known
   * @param group the workspace's admin group, if it set one
   * @param inGroup whether they are in that group, if its members are known
   */
  public static Decision decide(
      Optional<WorkspaceRole> role,
      Optional<WorkspaceRules.AdminGroup> group,
      Optional<Boolean> inGroup) {
    if (role.map(WorkspaceRole::runsTheWorkspace).orElse(false)) {
      return Decision.ALLOWED;
    }
    if (group.isPresent() && inGroup.orElse(false)) {
      return Decision.ALLOWED;
    }
    if (role.isEmpty()) {
      return Decision.ROLE_UNKNOWN;
    }
    if (group.isPresent() && inGroup.isEmpty()) {
      return Decision.GROUP_UNKNOWN;
    }
    return Decision.REFUSED;
  }
}
