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
        .contains(new SlackUser("T1", "U1", "alice", "Europe/Paris", AT));
  }

  @Test
  void aLaterAnswerReplacesTheEarlierOne() {
    cache.save("T1", "U1", "alice", "Europe/Paris", AT);
    cache.save("T1", "U1", "alice b", null, AT.plusSeconds(3600));
    assertThat(cache.find("T1", "U1"))
        .contains(new SlackUser("T1", "U1", "alice b", null, AT.plusSeconds(3600)));
  }

  @Test
  void keepsInstantsToTheMillisecondAndUnknownNames() {
    cache.save("T1", "B1", null, null, Instant.parse("2026-11-21T14:00:00.123456Z"));
    assertThat(cache.find("T1", "B1")).contains(new SlackUser("T1", "B1", null, null, AT));
  }

  @Test
  void usersStayInsideTheirWorkspace() {
    cache.save("T1", "U1", "alice", "Europe/Paris", AT);
    assertThat(cache.find("T2", "U1")).isEmpty();
  }
}
