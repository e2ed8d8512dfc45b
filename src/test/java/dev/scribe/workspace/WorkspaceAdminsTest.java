package dev.scribe.workspace;

import static dev.scribe.workspace.WorkspaceAdmins.Decision.ALLOWED;
import static dev.scribe.workspace.WorkspaceAdmins.Decision.GROUP_UNKNOWN;
import static dev.scribe.workspace.WorkspaceAdmins.Decision.REFUSED;
import static dev.scribe.workspace.WorkspaceAdmins.Decision.ROLE_UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may change what applies to the whole workspace, from what is known of them. */
class WorkspaceAdminsTest {

  static final Optional<WorkspaceRules.AdminGroup> LEADS =
      Optional.of(new WorkspaceRules.AdminGroup("S0LEADS", "incident-leads"));
  static final Optional<WorkspaceRules.AdminGroup> NONE = Optional.empty();

  static WorkspaceAdmins.Decision decide(
      WorkspaceRole role, Optional<WorkspaceRules.AdminGroup> group, Optional<Boolean> inGroup) {
    return WorkspaceAdmins.decide(Optional.ofNullable(role), group, inGroup);
  }

  @Test
  void adminsAndOwnersMayWhateverTheGroup() {
    for (WorkspaceRole role :
        new WorkspaceRole[] {
          WorkspaceRole.ADMIN, WorkspaceRole.OWNER, WorkspaceRole.PRIMARY_OWNER
        }) {
      assertThat(decide(role, NONE, Optional.empty())).isEqualTo(ALLOWED);
      assertThat(decide(role, LEADS, Optional.empty())).isEqualTo(ALLOWED);
      assertThat(decide(role, LEADS, Optional.of(false))).isEqualTo(ALLOWED);
    }
  }

  @Test
  void membersMayOnlyInTheAdminGroup() {
    assertThat(decide(WorkspaceRole.MEMBER, NONE, Optional.empty())).isEqualTo(REFUSED);
    assertThat(decide(WorkspaceRole.MEMBER, LEADS, Optional.of(true))).isEqualTo(ALLOWED);
    assertThat(decide(WorkspaceRole.MEMBER, LEADS, Optional.of(false))).isEqualTo(REFUSED);
    assertThat(decide(WorkspaceRole.MEMBER, LEADS, Optional.empty())).isEqualTo(GROUP_UNKNOWN);
  }

  @Test
  void whatIsNotKnownIsSaidNotGuessed() {
    assertThat(decide(null, NONE, Optional.empty())).isEqualTo(ROLE_UNKNOWN);
    assertThat(decide(null, LEADS, Optional.of(false))).isEqualTo(ROLE_UNKNOWN);
    // Known to be in the group: no need to know the role.
    assertThat(decide(null, LEADS, Optional.of(true))).isEqualTo(ALLOWED);
  }

  @Test
  void slacksFlagsMakeOneRole() {
    assertThat(WorkspaceRole.of(true, true, true)).isEqualTo(WorkspaceRole.PRIMARY_OWNER);
    assertThat(WorkspaceRole.of(false, true, true)).isEqualTo(WorkspaceRole.OWNER);
    assertThat(WorkspaceRole.of(false, false, true)).isEqualTo(WorkspaceRole.ADMIN);
    assertThat(WorkspaceRole.of(false, false, false)).isEqualTo(WorkspaceRole.MEMBER);
  }
}
