package dev.scribe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import com.slack.api.methods.response.auth.AuthTestResponse;
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
  void aRefusedAnswerIsNotTakenAsAChecked() {
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
