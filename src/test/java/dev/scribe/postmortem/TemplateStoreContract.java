package dev.scribe.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TemplateStore} must do; the fake and the databases run the same tests. */
public abstract class TemplateStoreContract {

  static final Instant AT = Instant.parse("2026-11-21T14:00:00Z");
  static final DraftTemplate SHORT =
      DraftTemplate.of("short", "{{! A short one }}\n# {{incident.title}}\n");
  static final DraftTemplate EXEC = DraftTemplate.of("exec", "Summary: {{summary}}\n");

  private TemplateStore store;

  protected abstract TemplateStore store();

  @BeforeEach
  void setUp() {
    store = store();
  }

  @Test
  void savedTemplatesAreListedByNameAndFound() {
    assertThat(store.catalog("T1").list()).isEmpty();
    store.save("T1", SHORT, "U1", AT);
    store.save("T1", EXEC, "U1", AT);

    TemplateCatalog catalog = store.catalog("T1");
    assertThat(catalog.list()).containsExactly(EXEC.info(), SHORT.info());
    assertThat(catalog.find("short")).contains(SHORT);
    assertThat(catalog.find("long")).isEmpty();
  }

  @Test
  void savingAgainReplacesTheTemplate() {
    store.save("T1", SHORT, "U1", AT);
    DraftTemplate better = DraftTemplate.of("short", "{{! Better }}\n{{incident.title}}\n");
    store.save("T1", better, "U2", AT.plusSeconds(1));
    assertThat(store.catalog("T1").find("short")).contains(better);
    assertThat(store.catalog("T1").list()).containsExactly(better.info());
  }

  @Test
  void deleteSaysWhetherThereWasSuchATemplate() {
    store.save("T1", SHORT, "U1", AT);
    assertThat(store.delete("T1", "exec")).isFalse();
    assertThat(store.delete("T1", "short")).isTrue();
    assertThat(store.catalog("T1").find("short")).isEmpty();
    assertThat(store.delete("T1", "short")).isFalse();
  }

  @Test
  void templatesStayInsideTheirWorkspace() {
    store.save("T1", SHORT, "U1", AT);
    assertThat(store.catalog("T2").list()).isEmpty();
    assertThat(store.catalog("T2").find("short")).isEmpty();
    assertThat(store.delete("T2", "short")).isFalse();
    assertThat(store.catalog("T1").find("short")).contains(SHORT);
  }
}
