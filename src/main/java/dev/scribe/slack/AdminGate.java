package dev.scribe.slack;

import dev.scribe.common.UserFacingException;
import dev.scribe.workspace.AdminGroupMembers;
import dev.scribe.workspace.WorkspaceAdmins;
import dev.scribe.workspace.WorkspaceRules;
import dev.scribe.workspace.WorkspaceRulesRepository;
import java.util.Optional;

/**
 * Lets only workspace admins and owners, and members of the workspace's admin user group, change
 * what applies to the whole workspace. Decided from what Scribe already knows; a fact it does not
 * know yet makes the command wait for it ({@link FactNeeded}), never the ack.
 */
public final class AdminGate {

  private final WorkspaceRulesRepository rules;
  private final AdminGroupMembers groups;
  private final FactsLearner learner;

  public AdminGate(WorkspaceRulesRepository rules, AdminGroupMembers groups, FactsLearner learner) {
    this.rules = rules;
    this.groups = groups;
    this.learner = learner;
  }

  /**
   * Returns if the user may {@code what} (such as "change Scribe's settings"); otherwise refuses,
   * naming who may.
   *
   * @throws UserFacingException the refusal
   * @throws FactNeeded when their role or the admin group's members are not known yet
   */
  public void requireAdmin(PmRequest request, String what) {
    Optional<WorkspaceRules.AdminGroup> group = rules.rules(request.teamId()).adminGroup();
    Optional<Boolean> inGroup =
        group.flatMap(g -> groups.includes(request.teamId(), g.id(), request.userId()));
    // Keep the list fresh for next time; this request is decided on what is known now.
    group.ifPresent(g -> learner.learnGroupLater(request.teamId(), g.id()));
    switch (WorkspaceAdmins.decide(request.facts().role(), group, inGroup)) {
      case ALLOWED -> {}
      case ROLE_UNKNOWN -> throw new FactNeeded(FactNeeded.Fact.ROLE);
      case GROUP_UNKNOWN -> throw new FactNeeded(FactNeeded.Fact.ADMIN_GROUP);
      case REFUSED ->
          throw new UserFacingException(
              "Only workspace admins and owners"
                  + group
                      .map(g -> ", and members of the user group `@" + g.handle() + "`,")
                      .orElse("")
                  + " can "
                  + what
                  + ": it changes Scribe for the whole workspace. Ask one of them; `/pm config` "
                  + "shows the settings to everyone.");
    }
  }
}
