package dev.scribe.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.scribe.slack.timeline.AddToTimelineShortcut;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both app manifests are valid against Slack's published manifest schema (read at test time from
 * {@code ../shared/conformance}), and ask for exactly the features and scopes Scribe uses.
 */
class ManifestTest {

  private static final Path SCHEMA =
      Path.of("..", "shared", "conformance", "manifest-schema", "manifest.schema.1.0.0.json");

  @ParameterizedTest
  @ValueSource(strings = {"slack-app.yaml", "slack-app-socket-mode.yaml"})
  void manifestIsValidAgainstSlacksSchema(String file) throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(Files.readString(SCHEMA), InputFormat.JSON);

    List<Error> errors = schema.validate(manifest(file), InputFormat.YAML);

    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaCheckCatchesWhatSlackWouldRefuse() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    String tooLongName =
        manifest("slack-app.yaml")
            .replace("name: Add to incident timeline", "name: Add this message to the incident");

    assertThat(schema.validate(tooLongName, InputFormat.YAML)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"slack-app.yaml", "slack-app-socket-mode.yaml"})
  void manifestAsksForExactlyWhatScribeUses(String file) throws IOException {
    JsonNode m = new ObjectMapper(new YAMLFactory()).readTree(manifest(file));

    assertThat(m.at("/features/app_home/home_tab_enabled").asBoolean()).isTrue();
    JsonNode shortcut = m.at("/features/shortcuts/0");
    assertThat(m.at("/features/shortcuts").size()).isEqualTo(1);
    assertThat(shortcut.get("type").asText()).isEqualTo("message");
    assertThat(shortcut.get("callback_id").asText()).isEqualTo(AddToTimelineShortcut.CALLBACK_ID);
    assertThat(texts(m.at("/settings/event_subscriptions/bot_events")))
        .containsExactlyInAnyOrder(
            "reaction_added",
            "reaction_removed",
            "message.channels",
            "message.groups",
            "member_joined_channel",
            "app_home_opened");
    assertThat(texts(m.at("/oauth_config/scopes/bot")))
        .containsExactlyInAnyOrder(
            "commands",
            "chat:write",
            "reactions:read",
            "channels:history",
            "groups:history",
            "users:read",
            "files:write",
            "files:read",
            "im:write",
            "im:history",
            "canvases:write",
            "channels:read",
            "groups:read",
            "usergroups:read");
    assertThat(m.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
  }

  private static String manifest(String file) throws IOException {
    return Files.readString(Path.of("manifests", file));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
