package dev.scribe.workspace;

class FakeAdminGroupMembersTest extends AdminGroupMembersContract {
  @Override
  protected AdminGroupMembers members() {
    return new FakeAdminGroupMembers();
  }
}
