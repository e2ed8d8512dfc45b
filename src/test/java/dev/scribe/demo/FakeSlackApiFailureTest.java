package dev.scribe.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeSlackApiFailureTest {
  private static final String CHANNEL = "C0INCIDENT";

  private final FakeSlackApi api = FakeSlackApi.start();
  private final MethodsClient slack = RealSlackClient.methods(api);

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aRateLimitCarriesRetryAfterAndTheNextCallSucceeds() throws Exception {
    api.failNext("chat.postMessage", 429, 7);

    assertThatThrownBy(() -> slack.chatPostMessage(r -> r.channel(CHANNEL).text("hi")))
        .isInstanceOfSatisfying(
            SlackApiException.class,
            e -> {
              assertThat(e.getResponse().code()).isEqualTo(429);
              assertThat(e.getResponse().header("Retry-After")).isEqualTo("7");
              assertThat(e.getError().getError()).isEqualTo("ratelimited");
            });
    ChatPostMessageResponse retried = slack.chatPostMessage(r -> r.channel(CHANNEL).text("hi"));

    assertThat(retried.isOk()).isTrue();
    assertThat(api.calls("chat.postMessage")).hasSize(2);
    assertThat(api.messages(CHANNEL)).hasSize(1);
  }

  @Test
  void theAsyncClientWaitsOutTheRateLimitByItself() throws Exception {
    api.failNext("chat.postMessage", 429, 1);

    ChatPostMessageResponse response =
        RealSlackClient.slack(api)
            .methodsAsync(RealSlackClient.BOT_TOKEN)
            .chatPostMessage(r -> r.channel(CHANNEL).text("queued"))
            .get(10, TimeUnit.SECONDS);

    assertThat(response.isOk()).isTrue();
    assertThat(api.calls("chat.postMessage")).hasSize(2);
  }

  @Test
  void aServerErrorIsAnHttpFailure() {
    api.failNext("users.info", 503, null);

    assertThatThrownBy(() -> slack.usersInfo(r -> r.user("U0ALICE")))
        .isInstanceOfSatisfying(
            SlackApiException.class, e -> assertThat(e.getResponse().code()).isEqualTo(503));
  }

  @Test
  void anInjectedSlackErrorSpoilsOnlyOneCall() throws Exception {
    api.failNextWithError("chat.postMessage", "channel_not_found");

    assertThat(slack.chatPostMessage(r -> r.channel(CHANNEL).text("a")).getError())
        .isEqualTo("channel_not_found");
    assertThat(slack.chatPostMessage(r -> r.channel(CHANNEL).text("b")).isOk()).isTrue();
  }

  @Test
  void anOutageSpoilsEveryCallUntilSlackRecovers() throws Exception {
    api.goDown(503, null);

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> slack.chatPostMessage(r -> r.channel(CHANNEL).text("hi")))
          .isInstanceOfSatisfying(
              SlackApiException.class, e -> assertThat(e.getResponse().code()).isEqualTo(503));
    }
    assertThatThrownBy(() -> slack.authTest(r -> r)).isInstanceOf(SlackApiException.class);
    api.recover();

    assertThat(slack.chatPostMessage(r -> r.channel(CHANNEL).text("hi")).isOk()).isTrue();
    assertThat(api.messages(CHANNEL)).hasSize(1);
  }

  @Test
  void aDelayedAnswerTimesTheClientOut() throws Exception {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(api.methodsUrl());
    config.setStatsEnabled(false);
    config.setHttpClientReadTimeoutMillis(200);
    MethodsClient impatient = Slack.getInstance(config).methods(RealSlackClient.BOT_TOKEN);
    api.delayNext("auth.test", Duration.ofMillis(800));

    assertThatThrownBy(() -> impatient.authTest(r -> r)).isInstanceOf(IOException.class);
    assertThat(impatient.authTest(r -> r).isOk()).isTrue();
  }
}
