package dev.scribe.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.workspace.SlackUserCache.SlackUser;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SlackUserCache} must do; the fake and the databases run the same tests. */
public abstract class SlackUserCacheContract {

  static final Instant AT = Instant.parse("2026-11-21T14:00:00.123Z");

  private SlackUserCache cache;

  protected abstract SlackUserCache cache();

  @BeforeEach
  void setUp() {
    cache = cache();
  }

  @Test
  void keepsWhatSlackSaidAndWhen() {
    assertThat(cache.find("T1", "U1")).isEmpty();
    cache.save("T1", "U1", "alice", "Europe/Paris", AT);
    assertThat(cache.find("T1", "U1"))
        .contains(SlackUser.named("T1", "U1", "alice", "Europe/Paris", AT));
  }

  @Test
  void aLaterAnswerReplacesTheEarlierOne() {
    cache.save("T1", "U1", "alice", "Europe/Paris", AT);
    cache.save("T1", "U1", "alice b", null, AT.plusSeconds(3600));
    assertThat(cache.find("T1", "U1"))
        .contains(SlackUser.named("T1", "U1", "alice b", null, AT.plusSeconds(3600)));
  }

  @Test
  void keepsInstantsToTheMillisecondAndUnknownNames() {
    cache.save("T1", "B1", null, null, Instant.parse("2026-11-21T14:00:00.123456Z"));
    assertThat(cache.find("T1", "B1")).contains(SlackUser.named("T1", "B1", null, null, AT));
  }

  @Test
  void usersStayInsideTheirWorkspace() {
    cache.save("T1", "U1", "alice", "Europe/Paris", AT);
    assertThat(cache.find("T2", "U1")).isEmpty();
  }

  @Test
  void keepsAMembersRoleAndWhetherTheyAreGoneOrABot() {
    cache.saveMember("T1", "U1", "alice", "Europe/Paris", WorkspaceRole.ADMIN, false, false, AT);
    cache.saveMember("T1", "U2", "old", "UTC", WorkspaceRole.MEMBER, true, false, AT);
    cache.saveMember("T1", "U3", "deploybot", null, WorkspaceRole.MEMBER, false, true, AT);
    assertThat(cache.find("T1", "U1"))
        .contains(
            new SlackUser(
                "T1", "U1", "alice", "Europe/Paris", AT, WorkspaceRole.ADMIN, false, false));
    assertThat(cache.find("T1", "U2").orElseThrow().deleted()).isTrue();
    assertThat(cache.find("T1", "U3").orElseThrow().bot()).isTrue();
  }

  @Test
  void aMemberLearnedAfterBeingLookedUpIsFoundAtOnce() {
    assertThat(cache.find("T1", "U1")).isEmpty();
    cache.saveMember("T1", "U1", "alice", "Europe/Paris", WorkspaceRole.ADMIN, false, false, AT);
    assertThat(cache.find("T1", "U1").orElseThrow().role()).isEqualTo(WorkspaceRole.ADMIN);
    cache.saveMember("T1", "U1", "alice", "Asia/Tokyo", WorkspaceRole.MEMBER, false, false, AT);
    assertThat(cache.find("T1", "U1").orElseThrow().tz()).isEqualTo("Asia/Tokyo");
  }

  @Test
  void aBotsInfoAnswerKnowsNoRole() {
    cache.saveMember("T1", "U1", "alice", "Europe/Paris", WorkspaceRole.OWNER, false, false, AT);
    cache.save("T1", "U1", "alice", "Europe/Paris", AT.plusSeconds(60));
    assertThat(cache.find("T1", "U1").orElseThrow().role()).isNull();
  }
}
