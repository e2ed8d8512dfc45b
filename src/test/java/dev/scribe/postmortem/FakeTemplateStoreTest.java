package dev.scribe.postmortem;

class FakeTemplateStoreTest extends TemplateStoreContract {
  @Override
  protected TemplateStore store() {
    return new FakeTemplateStore();
  }
}
