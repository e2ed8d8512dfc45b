package dev.scribe.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Requests shaped like Slack's own: each starts from a published payload in {@code
 * ../shared/conformance/fixtures} (read at test time) and sets only what the test is about.
 */
final class SlackPayloads {

  private static final Path FIXTURES = Path.of("..", "shared", "conformance", "fixtures");

  private SlackPayloads() {}

  /** The {@code payload} of a conformance fixture, as a fresh copy. */
  static JsonObject fixture(String name) {
    try {
      String json = Files.readString(FIXTURES.resolve(name + ".json"), StandardCharsets.UTF_8);
      return JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("payload").deepCopy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An Events API envelope (Slack's reaction_added example) carrying {@code event}. */
  static String envelope(String team, String eventId, JsonObject event) {
    JsonObject envelope = fixture("docs_reaction_added");
    envelope.addProperty("team_id", team);
    envelope.addProperty("event_id", eventId);
    envelope.add("event", event);
    envelope.getAsJsonArray("authorizations").get(0).getAsJsonObject().addProperty("team_id", team);
    return envelope.toString();
  }

  /** Slack's reaction_added example, on another message, by another user, with another emoji. */
  static String reactionAdded(
      String team, String eventId, String user, String reaction, String channel, String ts) {
    JsonObject event = fixture("docs_reaction_added").getAsJsonObject("event");
    event.addProperty("user", user);
    event.addProperty("reaction", reaction);
    event.getAsJsonObject("item").addProperty("channel", channel);
    event.getAsJsonObject("item").addProperty("ts", ts);
    return envelope(team, eventId, event);
  }

  /** {@code app_home_opened}, as Slack documents it. */
  static String homeOpened(String team, String eventId, String user, String tab) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_home_opened");
    event.addProperty("user", user);
    event.addProperty("channel", "D" + user.substring(1));
    event.addProperty("tab", tab);
    event.addProperty("event_ts", "1795293480.000100");
    return envelope(team, eventId, event);
  }

  /** Slack's block_actions example, as a click on a button of the App Home tab. */
  static JsonObject homeClick(String team, String user, String actionId, String value) {
    JsonObject p = fixture("sdk_block_actions");
    p.getAsJsonObject("team").addProperty("id", team);
    p.getAsJsonObject("user").addProperty("id", user);
    p.getAsJsonObject("user").addProperty("team_id", team);
    JsonObject container = new JsonObject();
    container.addProperty("type", "view");
    container.addProperty("view_id", "V0HOME" + user);
    p.add("container", container);
    p.remove("channel");
    p.remove("message");
    p.remove("response_url");
    JsonObject view = new JsonObject();
    view.addProperty("id", "V0HOME" + user);
    view.addProperty("type", "home");
    view.addProperty("team_id", team);
    view.add("blocks", new JsonArray());
    p.add("view", view);
    JsonObject action = p.getAsJsonArray("actions").get(0).getAsJsonObject();
    action.addProperty("action_id", actionId);
    action.addProperty("value", value);
    action.addProperty("block_id", "home-block");
    return p;
  }

  /**
   * A message shortcut on a message: Slack's block_actions example's team, user, channel, message
   * and trigger, as {@code message_action} carries them.
   */
  static JsonObject messageShortcut(
      String team, String user, String channel, String callbackId, JsonObject message) {
    JsonObject p = fixture("sdk_block_actions");
    p.addProperty("type", "message_action");
    p.addProperty("callback_id", callbackId);
    p.getAsJsonObject("team").addProperty("id", team);
    p.getAsJsonObject("team").addProperty("domain", "acme");
    p.getAsJsonObject("user").addProperty("id", user);
    p.getAsJsonObject("user").addProperty("team_id", team);
    p.getAsJsonObject("channel").addProperty("id", channel);
    p.addProperty("message_ts", message.get("ts").getAsString());
    p.add("message", message);
    p.addProperty("action_ts", "1795293490.000200");
    p.remove("container");
    p.remove("actions");
    return p;
  }

  /** Slack's view_submission example, submitting {@code view} with these state values. */
  static JsonObject viewSubmission(
      String team, String user, JsonObject view, Map<String, JsonObject> values) {
    JsonObject p = fixture("sdk_view_submission");
    p.getAsJsonObject("team").addProperty("id", team);
    p.getAsJsonObject("user").addProperty("id", user);
    p.getAsJsonObject("user").addProperty("team_id", team);
    JsonObject submitted = p.getAsJsonObject("view");
    for (String key : view.keySet()) {
      submitted.add(key, view.get(key));
    }
    JsonObject state = new JsonObject();
    JsonObject stateValues = new JsonObject();
    values.forEach(
        (block, value) -> {
          JsonObject byAction = new JsonObject();
          byAction.add(block, value);
          stateValues.add(block, byAction);
        });
    state.add("values", stateValues);
    submitted.add("state", state);
    submitted.addProperty("team_id", team);
    return p;
  }

  /** A static select's state value. */
  static JsonObject selected(String value) {
    JsonObject option = new JsonObject();
    option.addProperty("value", value);
    JsonObject v = new JsonObject();
    v.addProperty("type", "static_select");
    v.add("selected_option", option);
    return v;
  }

  /** A plain-text input's state value. */
  static JsonObject typed(String text) {
    JsonObject v = new JsonObject();
    v.addProperty("type", "plain_text_input");
    v.addProperty("value", text);
    return v;
  }

  /** The form body Slack posts interactivity payloads as. */
  static String form(JsonObject payload) {
    return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
  }
}
