package dev.scribe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.scribe.demo.FakeSlackApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckedTokenAppTest {

  /** A Slack client pointed at a closed port: any call it made would fail the test. */
  private static final Slack UNREACHABLE = unreachableSlack();

  private static Slack unreachableSlack() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix("http://127.0.0.1:9/api/");
    return Slack.getInstance(config);
  }

  private static AppConfig.AppConfigBuilder scribesConfig() {
    return AppConfig.builder()
        .slack(UNREACHABLE)
        .singleTeamBotToken("xoxb-test")
        .signingSecret("secret")
        .clientId(null)
        .clientSecret(null)
        .requestVerificationEnabled(false)
        .ignoringSelfEventsEnabled(false);
  }

  private static AuthTestResponse accepted() {
    AuthTestResponse answer = new AuthTestResponse();
    answer.setOk(true);
    answer.setUserId("U0SCRIBE");
    answer.setTeamId("T0TEAM");
    return answer;
  }

  @Test
  void theMiddlewareIsBuiltFromTheAnswerGivenWithoutAskingSlack() {
    CheckedTokenApp app = new CheckedTokenApp(scribesConfig().build());
    app.tokenChecked(accepted());

    // Bolt would call auth.test here; against the closed port that call would throw.
    var middleware = app.buildDefaultMiddlewareList(app.config());

    assertThat(middleware)
        .hasSize(2)
        .satisfiesExactly(
            first -> assertThat(first).isInstanceOf(SSLCheck.class),
            second -> assertThat(second).isInstanceOf(SingleTeamAuthorization.class));
  }

  @Test
  void itsMiddlewareIsTheListBoltBuildsWhenItAsksItself() {
    // Should a Bolt upgrade add default middleware for this configuration, this fails rather than
    // Scribe leaving it out unnoticed.
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      SlackConfig reachable = new SlackConfig();
      reachable.setMethodsEndpointUrlPrefix(slack.methodsUrl());
      AppConfig config = scribesConfig().slack(Slack.getInstance(reachable)).build();
      List<Class<?>> boltsOwn = new ArrayList<>();
      new App(config) {
        {
          buildDefaultMiddlewareList(config).forEach(m -> boltsOwn.add(m.getClass()));
        }
      };
      int asked = slack.calls("auth.test").size();
      assertThat(asked).as("Bolt asked auth.test itself").isPositive();

      CheckedTokenApp app = new CheckedTokenApp(config);
      app.tokenChecked(accepted());
      List<Class<?>> built = new ArrayList<>();
      app.buildDefaultMiddlewareList(config).forEach(m -> built.add(m.getClass()));

      assertThat(built).isEqualTo(boltsOwn);
      assertThat(slack.calls("auth.test")).hasSize(asked);
    }
  }

  @Test
  void aRefusedAnswerIsNotTaken() {
    CheckedTokenApp app = new CheckedTokenApp(scribesConfig().build());
    AuthTestResponse refused = new AuthTestResponse();
    refused.setOk(false);
    refused.setError("invalid_auth");

    assertThatThrownBy(() -> app.tokenChecked(refused))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid_auth");
  }

  @Test
  void aConfigurationWhoseMiddlewareItWouldLeaveOutIsRefused() {
    assertThatThrownBy(
            () -> new CheckedTokenApp(scribesConfig().requestVerificationEnabled(true).build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new CheckedTokenApp(scribesConfig().ignoringSelfEventsEnabled(true).build()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
