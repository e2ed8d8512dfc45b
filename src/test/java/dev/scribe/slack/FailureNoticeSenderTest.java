package dev.scribe.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.scribe.demo.FakeSlackApi;
import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.FailureNotice;
import dev.scribe.outbox.Lookup;
import dev.scribe.outbox.OutboxEntry;
import dev.scribe.outbox.OutboxState;
import dev.scribe.outbox.Outgoing;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The notice that something was given up reaches its person: in the channel, else by DM. */
class FailureNoticeSenderTest {

  private final FakeSlackApi slack = FakeSlackApi.start();
  private final FailureNoticeSender sender = new FailureNoticeSender(client());

  FailureNoticeSenderTest() {
    slack.addUser("U0ALICE", "alice", "UTC");
  }

  private com.slack.api.methods.MethodsClient client() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.methodsUrl());
    config.setStatsEnabled(false);
    return Slack.getInstance(config).methods("xoxb-test");
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  private static Outgoing<FailureNotice> outgoing(FailureNotice notice) {
    Instant now = Instant.parse("2026-11-24T08:00:00Z");
    OutboxEntry entry =
        new OutboxEntry(
            1,
            "T1",
            "failure-notice",
            "given-up/7",
            "{}",
            OutboxState.SENDING,
            1,
            false,
            now,
            now,
            now.plusSeconds(3600),
            now.plusSeconds(300),
            null,
            null,
            null,
            null);
    return new Outgoing<>(entry, notice, progress -> {});
  }

  @Test
  void privatelyInTheChannel() {
    Delivery delivery =
        sender.send(outgoing(new FailureNotice("C0INC", "U0ALICE", ":x: no draft")));

    assertThat(delivery).isInstanceOf(Delivery.Sent.class);
    assertThat(slack.ephemerals())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.channel()).isEqualTo("C0INC");
              assertThat(e.user()).isEqualTo("U0ALICE");
              assertThat(e.text()).isEqualTo(":x: no draft");
            });
    assertThat(slack.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void byDirectMessageWhenTheChannelWillNotShowIt() {
    slack.failNextWithError("chat.postEphemeral", "channel_not_found");

    Delivery delivery =
        sender.send(outgoing(new FailureNotice("C0GONE", "U0ALICE", ":x: no draft")));

    assertThat(delivery).isInstanceOf(Delivery.Sent.class);
    assertThat(slack.ephemerals()).isEmpty();
    assertThat(slack.messages("D0ALICE"))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).isEqualTo(":x: no draft"));
  }

  @Test
  void byDirectMessageWhenThereIsNoChannel() {
    sender.send(outgoing(new FailureNotice(null, "U0ALICE", ":x: no reminder")));
    assertThat(slack.messages("D0ALICE")).hasSize(1);
  }

  @Test
  void aNoticeWhoseSendTimedOutIsNotSentAgain() {
    assertThat(sender.findDelivered(outgoing(new FailureNotice(null, "U0ALICE", "x"))))
        .isInstanceOf(Lookup.AssumedDelivered.class);
  }

  @Test
  void noAnswerAtAllMeansSlackNeverSawTheCallButATimeoutLeavesItInDoubt() {
    IOException refused = new ConnectException("Connection refused");
    IOException timedOut = new SocketTimeoutException("timeout");
    assertThat(SlackOutcomes.ofNetwork(refused).mayHaveArrived()).isFalse();
    assertThat(SlackOutcomes.ofNetwork(timedOut).mayHaveArrived()).isTrue();
    assertThat(SlackOutcomes.ofError("ratelimited")).isInstanceOf(Delivery.RetryLater.class);
    assertThat(SlackOutcomes.ofError("not_in_channel")).isInstanceOf(Delivery.Failed.class);
  }
}
