package dev.scribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.demo.FakeSlackApi;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When Scribe cannot start or a command is mistyped: one line that names what to fix. */
class StartupErrorsTest {

  @TempDir Path dir;
  final CliRun cli = new CliRun();

  int run(Map<String, String> env, String... args) {
    return cli.run(env, args);
  }

  String stderr() {
    return cli.stderr();
  }

  String stdout() {
    return cli.stdout();
  }

  Map<String, String> serving(String slackApiUrl) {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-test");
    env.put("SLACK_SIGNING_SECRET", "secret");
    env.put("SLACK_API_URL", slackApiUrl);
    env.put("PORT", "0");
    env.put("DATABASE_URL", "jdbc:sqlite:" + dir.resolve("scribe.db"));
    return env;
  }

  @Test
  void anUnreachableSlackIsNotCalledABadToken() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort + "/api/";

    assertThat(run(serving(url), "serve")).isEqualTo(1);

    assertThat(stderr().lines())
        .singleElement()
        .asString()
        .startsWith("scribe: could not reach Slack at SLACK_API_URL " + url)
        .doesNotContain("did not accept");
  }

  @Test
  void aTokenSlackRefusesIsReportedAsSuch() {
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      slack.failNextWithError("auth.test", "invalid_auth");

      assertThat(run(serving(slack.methodsUrl()), "serve")).isEqualTo(1);

      assertThat(stderr().lines())
          .singleElement()
          .asString()
          .isEqualTo(
              "scribe: Slack did not accept SLACK_BOT_TOKEN (auth.test at "
                  + slack.methodsUrl()
                  + ": invalid_auth)");
    }
  }

  @Test
  void aSqliteFileThatCannotBeCreatedNamesTheSettingAndThePath() {
    Path file = dir.resolve("no-such-folder").resolve("scribe.db").toAbsolutePath();
    Map<String, String> env = serving("http://127.0.0.1:9/api/");
    env.put("DATABASE_URL", "jdbc:sqlite:" + file);

    assertThat(run(env, "serve")).isEqualTo(2);

    assertThat(stderr().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "scribe: DATABASE_URL is jdbc:sqlite:"
                + file
                + ", but cannot create the SQLite database "
                + file
                + ": the folder "
                + file.getParent()
                + " does not exist. Set DATABASE_URL, or pass --database to draft and export.");
  }

  @Test
  void helpIsACommandToo() {
    assertThat(run(Map.of(), "help")).isZero();
    assertThat(stdout()).contains("Usage: scribe").contains("draft").contains("export");

    assertThat(run(Map.of(), "help", "draft")).isZero();
    assertThat(stdout())
        .contains("Usage: scribe draft")
        .contains("--channel")
        .contains("--database");
  }

  @Test
  void aMistypedOptionIsOneLineAndExitCodeTwo() {
    assertThat(run(Map.of(), "export", "--chanel", "C1")).isEqualTo(2);

    assertThat(stderr().lines())
        .singleElement()
        .asString()
        .startsWith("scribe: ")
        .endsWith("(see `scribe export --help`)");
  }
}
