package dev.scribe.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DeferredRequests} must do; the fake and the databases run the same tests. */
public abstract class DeferredRequestsContract {

  static final Instant RECEIVED = Instant.parse("2026-11-21T14:00:00.123Z");

  private DeferredRequests requests;

  protected abstract DeferredRequests requests();

  @BeforeEach
  void setUp() {
    requests = requests();
  }

  private static DeferredRequest command(String teamId, String userId, String text) {
    return new DeferredRequest(
        0, teamId, "C1", userId, "pm", text, "https://hooks.slack.test/1", RECEIVED, "zone", 0);
  }

  @Test
  void keepsARequestAsItCameUntilItIsCompletedOnce() {
    long id = requests.take(command("T1", "U1", "event 14:03 ack: paged"), RECEIVED);

    DeferredRequest kept = requests.waitingFrom("T1", "U1").get(0);
    assertThat(kept)
        .isEqualTo(
            new DeferredRequest(
                id,
                "T1",
                "C1",
                "U1",
                "pm",
                "event 14:03 ack: paged",
                "https://hooks.slack.test/1",
                RECEIVED,
                "zone",
                0));
    assertThat(requests.anyWaiting()).isTrue();

    assertThat(requests.complete("T1", id, RECEIVED.plusSeconds(10))).isTrue();
    assertThat(requests.complete("T1", id, RECEIVED.plusSeconds(11))).isFalse();
    assertThat(requests.waitingFrom("T1", "U1")).isEmpty();
    assertThat(requests.anyWaiting()).isFalse();
  }

  @Test
  void aRequestIsDueFromItsNextTryAndCountsItsTries() {
    long id = requests.take(command("T1", "U1", "a"), RECEIVED.plusSeconds(5));
    assertThat(requests.due(RECEIVED, 10)).isEmpty();
    assertThat(requests.due(RECEIVED.plusSeconds(5), 10))
        .extracting(DeferredRequest::id)
        .containsExactly(id);

    requests.retryLater("T1", id, "role", RECEIVED.plusSeconds(60));
    assertThat(requests.due(RECEIVED.plusSeconds(59), 10)).isEmpty();
    DeferredRequest again = requests.due(RECEIVED.plusSeconds(60), 10).get(0);
    assertThat(again.attempts()).isEqualTo(1);
    assertThat(again.waitingFor()).isEqualTo("role");
  }

  @Test
  void requestsStayInsideTheirWorkspaceAndWithTheirSender() {
    long mine = requests.take(command("T1", "U1", "a"), RECEIVED);
    requests.take(command("T1", "U2", "b"), RECEIVED);
    requests.take(command("T2", "U1", "c"), RECEIVED);

    assertThat(requests.waitingFrom("T1", "U1"))
        .extracting(DeferredRequest::body)
        .containsExactly("a");
    assertThat(requests.waitingIn("T1"))
        .extracting(DeferredRequest::body)
        .containsExactly("a", "b");
    assertThat(requests.complete("T2", mine, RECEIVED)).isFalse();
    assertThat(requests.due(RECEIVED, 2)).hasSize(2);
  }
}
