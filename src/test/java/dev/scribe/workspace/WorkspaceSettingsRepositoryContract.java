package dev.scribe.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.timeline.Marker;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkspaceSettingsRepository} must do; the fake and the databases run the same
 * tests.
 */
public abstract class WorkspaceSettingsRepositoryContract {

  static final Instant AT = Instant.parse("2026-11-21T14:00:00Z");

  private WorkspaceSettingsRepository repo;

  protected abstract WorkspaceSettingsRepository repository();

  @BeforeEach
  void setUp() {
    repo = repository();
  }

  @Test
  void aWorkspaceThatSetNothingHasTheDefaults() {
    assertThat(repo.settings("T1", false))
        .isEqualTo(new WorkspaceSettings(false, WorkspaceSettings.defaultReactions()));
    assertThat(repo.settings("T1", true).confirmationsInChannel()).isTrue();
  }

  @Test
  void confirmationsSettingOverridesTheDefaultEitherWay() {
    repo.setConfirmationsInChannel("T1", true, "U1", AT);
    repo.setConfirmationsInChannel("T2", false, "U1", AT);
    assertThat(repo.settings("T1", false).confirmationsInChannel()).isTrue();
    assertThat(repo.settings("T2", true).confirmationsInChannel()).isFalse();

    repo.setConfirmationsInChannel("T1", false, "U2", AT.plusSeconds(1));
    assertThat(repo.settings("T1", true).confirmationsInChannel()).isFalse();
  }

  @Test
  void postMortemsAreDueAfterFiveDaysUnlessTheWorkspaceSaysOtherwise() {
    assertThat(repo.settings("T1", false).postmortemDueDays()).isEqualTo(5);
    repo.setPostmortemDueDays("T1", 10, "U1", AT);
    repo.setPostmortemDueDays("T2", 0, "U1", AT);
    assertThat(repo.settings("T1", false).postmortemDueDays()).isEqualTo(10);
    assertThat(repo.settings("T2", false).postmortemDueDays()).isZero();
    assertThat(repo.settings("T3", false).postmortemDueDays()).isEqualTo(5);
  }

  @Test
  void reactionsAreAddedRemappedAndTurnedOff() {
    repo.mapReaction("T1", "fire", Optional.of(Marker.IMPACT));
    repo.mapReaction("T1", "eyes", Optional.of(Marker.INVESTIGATING));
    repo.mapReaction("T1", "boom", Optional.empty());
    repo.mapReaction("T1", "fire", Optional.of(Marker.ALERT));

    Map<String, Marker> reactions = repo.settings("T1", false).reactions();
    assertThat(reactions).containsEntry("fire", Marker.ALERT);
    assertThat(reactions).containsEntry("eyes", Marker.INVESTIGATING);
    assertThat(reactions).doesNotContainKey("boom");
    assertThat(reactions).hasSize(WorkspaceSettings.defaultReactions().size());

    repo.mapReaction("T1", "boom", Optional.of(Marker.IMPACT));
    assertThat(repo.settings("T1", false).markerFor("boom")).contains(Marker.IMPACT);
  }

  @Test
  void aReactionRecordsEitherAMarkerOrActionItems() {
    assertThat(repo.settings("T1", false).recordsActionItem("memo")).isTrue();

    repo.mapReactionToActionItems("T1", "todo");
    repo.mapReactionToActionItems("T1", "eyes");
    repo.mapReaction("T1", "memo", Optional.empty());

    WorkspaceSettings s = repo.settings("T1", false);
    assertThat(s.actionItemReactions()).containsExactlyInAnyOrder("todo", "eyes");
    assertThat(s.markerFor("eyes")).isEmpty();
    assertThat(s.recordsActionItem("memo")).isFalse();
    repo.mapReaction("T1", "todo", Optional.of(Marker.NOTE));
    assertThat(repo.settings("T1", false).recordsActionItem("todo")).isFalse();
    assertThat(repo.settings("T1", false).markerFor("todo")).contains(Marker.NOTE);
    assertThat(repo.settings("T2", false).actionItemReactions()).containsExactly("memo");
  }

  @Test
  void settingsStayInsideTheirWorkspace() {
    repo.mapReaction("T1", "boom", Optional.empty());
    repo.setConfirmationsInChannel("T1", true, "U1", AT);
    assertThat(repo.settings("T2", false))
        .isEqualTo(new WorkspaceSettings(false, WorkspaceSettings.defaultReactions()));
  }
}
