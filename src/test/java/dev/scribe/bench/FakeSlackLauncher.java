package dev.scribe.bench;

import dev.scribe.demo.FakeSlackApi;

/**
 * The fake Slack Web API in its own JVM for the request-path benchmark, seeded with the benchmark's
 * users and channels. Prints {@code FAKE_SLACK_URL=…} and serves until its standard input closes.
 *
 * <p>Arguments: team id, number of users, number of channels.
 */
public final class FakeSlackLauncher {

  private FakeSlackLauncher() {}

  public static void main(String[] args) throws Exception {
    String team = args[0];
    int users = Integer.parseInt(args[1]);
    int channels = Integer.parseInt(args[2]);
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      slack.setTeamId(team);
      for (int i = 0; i < users; i++) {
        slack.addUser(SignedCommands.userId(i), "responder" + i, "Europe/Paris");
      }
      for (int i = 0; i < channels; i++) {
        slack.addChannel(SignedCommands.channelId(i), "inc-bench-" + i);
      }
      System.out.println("FAKE_SLACK_URL=" + slack.methodsUrl());
      System.out.flush();
      while (System.in.read() >= 0) {
        // serve until the benchmark closes our standard input
      }
    }
  }
}
