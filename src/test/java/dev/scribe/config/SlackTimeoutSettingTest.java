package dev.scribe.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackTimeoutSettingTest {

  private static ScribeConfig with(String timeout) {
    Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", "jdbc:sqlite:x.db"));
    if (timeout != null) {
      env.put("SCRIBE_SLACK_TIMEOUT", timeout);
    }
    return ScribeConfig.fromEnvironment(env, ScribeConfig.Needs.DATABASE);
  }

  @Test
  void tenSecondsUnlessSaidOtherwise() {
    assertThat(with(null).slackTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(with("500ms").slackTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(with(" 30s ").slackTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aTimeOutOfRangeOrUnreadableIsReported() {
    for (String bad : new String[] {"fast", "10", "50ms", "301s"}) {
      assertThatThrownBy(() -> with(bad))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("SCRIBE_SLACK_TIMEOUT")
          .hasMessageContaining(bad);
    }
  }
}
