package dev.scribe.workspace;

class FakeWorkspaceRulesRepositoryTest extends WorkspaceRulesRepositoryContract {
  @Override
  protected WorkspaceRulesRepository repository() {
    return new FakeWorkspaceRulesRepository();
  }
}
