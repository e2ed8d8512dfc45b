package dev.scribe.demo;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;

/** The real Slack Java client, pointed at a fake. */
final class RealSlackClient {
  static final String BOT_TOKEN = "xoxb-fake-token";
  static final String APP_TOKEN = "xapp-fake-token";

  private RealSlackClient() {}

  static Slack slack(FakeSlackApi api) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(api.methodsUrl());
    config.setStatsEnabled(false);
    config.setHttpClientReadTimeoutMillis(2_000);
    return Slack.getInstance(config);
  }

  static MethodsClient methods(FakeSlackApi api) {
    return slack(api).methods(BOT_TOKEN);
  }
}
