package dev.scribe.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WorkspaceRulesRepository} must do; the fake and the databases run it. */
public abstract class WorkspaceRulesRepositoryContract {

  static final Instant AT = Instant.parse("2026-11-21T14:00:00Z");
  static final WorkspaceRules.AdminGroup LEADS =
      new WorkspaceRules.AdminGroup("S0LEADS", "incident-leads");

  private WorkspaceRulesRepository repo;

  protected abstract WorkspaceRulesRepository repository();

  @BeforeEach
  void setUp() {
    repo = repository();
  }

  @Test
  void aWorkspaceThatSetNothingHasTheDefaults() {
    assertThat(repo.rules("T1")).isEqualTo(WorkspaceRules.defaults());
    assertThat(repo.rules("T1").lateEventWindow()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void keepsTheLateEventWindowAndTheAdminGroupApart() {
    repo.setLateEventWindow("T1", Duration.ofMinutes(90), "U1", AT);
    repo.setAdminGroup("T1", Optional.of(LEADS), "U1", AT);
    assertThat(repo.rules("T1"))
        .isEqualTo(new WorkspaceRules(Duration.ofMinutes(90), Optional.of(LEADS)));

    repo.setLateEventWindow("T1", Duration.ZERO, "U1", AT);
    repo.setAdminGroup("T1", Optional.empty(), "U1", AT);
    assertThat(repo.rules("T1")).isEqualTo(new WorkspaceRules(Duration.ZERO, Optional.empty()));
  }

  @Test
  void rulesStayInsideTheirWorkspace() {
    repo.setAdminGroup("T1", Optional.of(LEADS), "U1", AT);
    assertThat(repo.rules("T2")).isEqualTo(WorkspaceRules.defaults());
  }
}
