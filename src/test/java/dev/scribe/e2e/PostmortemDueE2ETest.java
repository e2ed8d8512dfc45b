package dev.scribe.e2e;

import static dev.scribe.e2e.ScribeHarness.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scribe.demo.RecordedCall;
import dev.scribe.demo.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The post-mortem-due reminder, over signed requests and the real sweep: the facilitator of a
 * resolved incident whose post-mortem is not Final is told once, when it is due, and not about one
 * that reached Final.
 */
class PostmortemDueE2ETest {

  static final String DANA = "U0DANA";
  static final String KIM = "U0KIM";
  static final String LEE = "U0LEE";
  ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    // Thursday 2026-11-19, 11:00 in Paris.
    scribe = new ScribeHarness(SettableClock.at("2026-11-19T10:00:00Z"));
    scribe.slack.addUser(DANA, "dana", "Europe/Paris");
    scribe.slack.addUser(KIM, "kim", "Europe/Paris");
    scribe.slack.addUser(LEE, "lee", "Europe/Paris");
    // A workspace admin (the due day is set for the whole workspace), whom Scribe has met.
    scribe.slack.makeAdmin(DANA);
    scribe.meet(DANA);

    scribe.pm(DANA, "C0LATE", "start Checkout down sev:2");
    scribe.pm(DANA, "C0LATE", "set facilitator <@" + KIM + "|kim>");
    scribe.pm(DANA, "C0LATE", "resolve");

    scribe.pm(DANA, "C0DONE", "start Search slow sev:3");
    scribe.pm(DANA, "C0DONE", "set facilitator <@" + KIM + "|kim>");
    scribe.pm(DANA, "C0DONE", "resolve");
    scribe.pm(DANA, "C0DONE", "draft");
    scribe.pm(DANA, "C0DONE", "review <@" + LEE + "|lee>");
    scribe.pm(LEE, "C0DONE", "approve");
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  /** The direct messages sent to the user, once the outbox has sent what the sweep enqueued. */
  List<RecordedCall> remindersTo(String user) {
    scribe.app.deliverNow();
    return scribe.slack.calls("chat.postMessage").stream()
        .filter(c -> c.param("channel").orElse("").equals(user))
        .toList();
  }

  @Test
  void theFacilitatorIsRemindedOnceWhenThePostMortemIsDue() throws Exception {
    assertThat(text(scribe.pm(DANA, "C0LATE", "config"))).contains("Post-mortem due: 5 days");

    scribe.clock.set(Instant.parse("2026-11-24T09:30:00Z")); // Tuesday 10:30 Paris: not yet due
    scribe.app.sweepReminders();
    assertThat(remindersTo(KIM)).isEmpty();

    scribe.clock.set(Instant.parse("2026-11-24T10:05:00Z")); // five days after it was resolved
    assertThat(scribe.app.sweepReminders().enqueued()).isEqualTo(1);
    // Delivered while the reminder is fresh: a message the outbox holds past its bound is given up.
    await().atMost(Duration.ofSeconds(10)).until(() -> !remindersTo(KIM).isEmpty());
    scribe.clock.advance(Duration.ofMinutes(15));
    assertThat(scribe.app.sweepReminders().enqueued()).isZero();
    scribe.clock.advance(Duration.ofDays(1));
    assertThat(scribe.app.sweepReminders().enqueued()).isZero();

    assertThat(remindersTo(KIM))
        .singleElement()
        .satisfies(
            call ->
                assertThat(call.param("text"))
                    .get()
                    .asString()
                    .contains("The post-mortem of INC-2026-001 is due and not Final yet"));
    assertThat(remindersTo(KIM).get(0).param("blocks").orElse(""))
        .contains("\\u003c#C0LATE\\u003e") // <#C0LATE>, JSON-escaped: a link to the channel
        .doesNotContain("INC-2026-002");
  }

  @Test
  void aWorkspaceCanMoveTheDueDayOrTurnItOff() throws Exception {
    assertThat(text(scribe.pm(DANA, "C0LATE", "config postmortem-due 2 days")))
        .contains("*2 days* after an incident is resolved");
    scribe.clock.set(Instant.parse("2026-11-23T10:05:00Z")); // Monday: two days have passed
    assertThat(scribe.app.sweepReminders().enqueued()).isEqualTo(1);

    scribe.pm(DANA, "C0LATE", "config postmortem-due off");
    scribe.pm(DANA, "C0OTHER", "start Another one");
    scribe.pm(DANA, "C0OTHER", "resolve");
    scribe.clock.advance(Duration.ofDays(7));
    assertThat(scribe.app.sweepReminders().enqueued()).isZero();
    assertThat(text(scribe.pm(DANA, "C0LATE", "config postmortem-due 500")))
        .contains(":warning: Give a number of days from 1 to 90");
  }
}
