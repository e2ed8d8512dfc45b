package dev.scribe.slack.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.common.Times;
import dev.scribe.common.UserFacingException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /pm config late-events 24h|90m|2d|off}, and how a window is shown. */
class LateEventWindowTest {

  @Test
  void readsHoursMinutesDaysAndOff() {
    assertThat(LateEventWindow.parse("24h")).isEqualTo(Duration.ofHours(24));
    assertThat(LateEventWindow.parse("90m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(LateEventWindow.parse("90 min")).isEqualTo(Duration.ofMinutes(90));
    assertThat(LateEventWindow.parse("2d")).isEqualTo(Duration.ofDays(2));
    assertThat(LateEventWindow.parse("OFF")).isEqualTo(Duration.ZERO);
    assertThat(LateEventWindow.parse("0")).isEqualTo(Duration.ZERO);
  }

  @Test
  void refusesWhatIsNoSpanOrTooLong() {
    for (String bad : new String[] {"", "soon", "24", "-2h", "31d"}) {
      assertThatThrownBy(() -> LateEventWindow.parse(bad))
          .as(bad)
          .isInstanceOf(UserFacingException.class);
    }
  }

  @Test
  void showsASpanInItsLargestWholeUnit() {
    assertThat(Times.span(Duration.ofHours(24))).isEqualTo("24 h");
    assertThat(Times.span(Duration.ofDays(2))).isEqualTo("2 d");
    assertThat(Times.span(Duration.ofMinutes(90))).isEqualTo("90 min");
    assertThat(Times.span(Duration.ZERO)).isEqualTo("0 min");
  }
}
