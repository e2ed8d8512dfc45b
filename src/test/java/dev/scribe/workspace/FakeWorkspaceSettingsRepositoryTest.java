package dev.scribe.workspace;

class FakeWorkspaceSettingsRepositoryTest extends WorkspaceSettingsRepositoryContract {
  @Override
  protected WorkspaceSettingsRepository repository() {
    return new FakeWorkspaceSettingsRepository();
  }
}
