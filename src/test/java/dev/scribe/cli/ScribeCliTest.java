package dev.scribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.scribe.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: demo, then draft and export from the demo's database. */
class ScribeCliTest {

  @TempDir Path dir;
  final CliRun cli = new CliRun();

  int run(Map<String, String> env, String... args) {
    return cli.run(env, args);
  }

  String stdout() {
    return cli.stdout();
  }

  String stderr() {
    return cli.stderr();
  }

  @Test
  void theDemoPlaysAnIncidentAndDraftAndExportReadItBack() throws Exception {
    assertThat(run(Map.of(), "demo", "--out", dir.toString())).as(() -> stderr()).isZero();
    Path draft = dir.resolve("INC-2026-001-post-mortem-draft.md");
    Path database = dir.resolve("scribe.db").toAbsolutePath();
    assertThat(stdout())
        .contains(draft.toAbsolutePath().toString())
        .contains("Channel:           C0INCIDENT (team T")
        .contains("draft --database " + database + " --channel C0INCIDENT");
    String markdown = Files.readString(draft);
    assertThat(markdown)
        .contains("Checkout errors for EU customers")
        .contains("| time to detect (MTTD) | 9 min")
        .contains("Found it: a config push") // the reaction on a thread reply
        .contains("EU checkout error rate starts climbing"); // the backdated event
    assertThat(Files.readAllBytes(dir.resolve("INC-2026-001-timeline.png")))
        .startsWith(0x89, 'P', 'N', 'G');

    assertThat(
            run(Map.of(), "export", "--database", database.toString(), "--channel", "C0INCIDENT"))
        .isZero();
    assertThat(stderr()).isEqualTo("scribe: reading jdbc:sqlite:" + database + "\n");
    JsonObject export = JsonParser.parseString(stdout()).getAsJsonObject();
    assertThat(export.getAsJsonObject("incident").get("id").getAsString())
        .isEqualTo("INC-2026-001");
    assertThat(export.getAsJsonArray("timeline").size()).isGreaterThanOrEqualTo(30);
    JsonObject mttd = export.getAsJsonArray("metrics").get(0).getAsJsonObject();
    assertThat(mttd.get("name").getAsString()).isEqualTo("time_to_detect");
    assertThat(mttd.get("seconds").getAsLong()).isEqualTo(540);
    assertThat(export.getAsJsonArray("action_items").size()).isEqualTo(4);

    Map<String, String> env = Map.of("DATABASE_URL", "jdbc:sqlite:" + database);
    assertThat(run(env, "draft", "--channel", "C0INCIDENT", "--template", "brief")).isZero();
    assertThat(stdout()).contains("INC-2026-001").contains("time to resolve");
  }

  @Test
  void everyConfigurationProblemIsReportedAtOnce() {
    int code =
        run(
            Map.of(
                "SLACK_BOT_TOKEN",
                "nope",
                "PORT",
                "99999",
                "DATABASE_URL",
                "jdbc:mysql://x",
                "SCRIBE_TIMEZONE",
                "Mars/Olympus"),
            "serve");
    String errors = stderr();
    assertThat(code).isEqualTo(2);
    assertThat(errors)
        .contains("SLACK_BOT_TOKEN")
        .contains("SLACK_SIGNING_SECRET")
        .contains("PORT")
        .contains("DATABASE_URL")
        .contains("SCRIBE_TIMEZONE")
        .doesNotContain("Exception");
  }

  @Test
  void unknownChannelsAreAOneLineErrorAndHelpWorks() {
    Database.open("jdbc:sqlite:" + dir.resolve("empty.db")).close();
    Map<String, String> env = Map.of("DATABASE_URL", "jdbc:sqlite:" + dir.resolve("empty.db"));
    assertThat(run(env, "export", "--channel", "C0NONE")).isEqualTo(1);
    assertThat(stderr().lines())
        .last()
        .isEqualTo("scribe: No incident was recorded in channel C0NONE.");
    assertThat(run(Map.of(), "draft", "--help")).isZero();
    assertThat(stdout()).contains("--channel").contains("--template");
  }
}
