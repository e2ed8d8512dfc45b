package dev.scribe.workspace;

/** A person's standing in the Slack workspace, as {@code users.info} tells it. */
public enum WorkspaceRole {
  PRIMARY_OWNER,
  OWNER,
  ADMIN,
  MEMBER;

  /** Slack's flags ({@code is_primary_owner}, {@code is_owner}, {@code is_admin}) as one role. */
  public static WorkspaceRole of(boolean primaryOwner, boolean owner, boolean admin) {
    if (primaryOwner) {
      return PRIMARY_OWNER;
    }
    if (owner) {
      return OWNER;
    }
    return admin ? ADMIN : MEMBER;
  }

  /** Admins and owners may change what applies to the whole workspace. */
  public boolean runsTheWorkspace() {
    return this != MEMBER;
  }
}
