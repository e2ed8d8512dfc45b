package dev.scribe.app;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Bolt's app, given the answer to the {@code auth.test} Scribe asks at start instead of asking
 * Slack the same question a second time when its middleware is built: one round trip to Slack less
 * before a restart takes requests.
 *
 * <p>Bolt's default middleware for a single workspace is the {@code ssl_check} answer, request
 * verification, the token's authorization and the self-event filter. Scribe turns the second and
 * the last off ({@code ScribeApp#appConfig}: it checks signatures itself, and knows its own posts
 * from this very answer), so what is left is built here from the answer already in hand. Without
 * one, Bolt builds its own as always.
 */
final class CheckedTokenApp extends App {

  private volatile AuthTestResponse checkedToken;

  CheckedTokenApp(AppConfig config) {
    super(config);
    if (config.isRequestVerificationEnabled() || config.isIgnoringSelfEventsEnabled()) {
      throw new IllegalArgumentException(
          "the middleware built here has neither Bolt's request verification nor its self-event filter");
    }
  }

  /** The bot token's {@code auth.test} answer (ok); before the first {@code use}. */
  void tokenChecked(AuthTestResponse answer) {
    if (!answer.isOk()) {
      throw new IllegalArgumentException(
          "auth.test did not accept the token: " + answer.getError());
    }
    this.checkedToken = answer;
  }

  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    AuthTestResponse answer = checkedToken;
    if (answer == null) {
      return super.buildDefaultMiddlewareList(config);
    }
    List<Middleware> middleware = new ArrayList<>();
    if (config.isSslCheckEnabled()) {
      middleware.add(new SSLCheck(config.getVerificationToken()));
    }
    // No installation service: a single workspace's app never looks one up (it would only to
    // fetch a user token on every request, which Scribe does not ask for).
    middleware.add(new SingleTeamAuthorization(config, answer, null));
    return middleware;
  }
}
