package dev.scribe.e2e;

import static dev.scribe.e2e.ScribeHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.demo.SettableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /pm event} after a resolution joins the resolved incident while the resolution is recent,
 * and says so and how to start a new one; {@code /pm start} always declares a new one.
 */
class LateEventsE2ETest {

  static final String ALICE = "U0ALICE";
  static final String CHANNEL = "C0INC";
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T14:10:00Z"));
    scribe.slack.addUser(ALICE, "alice", "UTC");
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
    scribe.pm(ALICE, CHANNEL, "resolve");
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void aFollowUpTypedAfterTheResolutionJoinsTheResolvedIncident() throws Exception {
    scribe.clock.advance(Duration.ofHours(3));

    String reply = text(scribe.pm(ALICE, CHANNEL, "event -5m fix: permanent fix rolled out"));

    assertThat(reply)
        .contains("recorded on INC-2026-001")
        .contains("INC-2026-001* is resolved")
        .contains("within 24 h")
        .contains("/pm start")
        .doesNotContain("INC-2026-002");
    assertThat(text(scribe.pm(ALICE, CHANNEL, "timeline")))
        .contains("INC-2026-001")
        .contains("permanent fix rolled out");
  }

  @Test
  void aDayLaterOrAfterStartANewIncidentBegins() throws Exception {
    scribe.clock.advance(Duration.ofHours(25));
    assertThat(text(scribe.pm(ALICE, CHANNEL, "event -1m errors again")))
        .contains("started *INC-2026-002*");

    scribe.pm(ALICE, CHANNEL, "resolve");
    assertThat(text(scribe.pm(ALICE, CHANNEL, "start Search slow"))).contains("INC-2026-003");
  }
}
