package dev.scribe.demo;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Writing messages as the app: post, ephemeral, update, delete, react. */
final class ChatMethods {
  private final FakeWorkspace workspace;
  private final Supplier<String> teamId;

  ChatMethods(FakeWorkspace workspace, Supplier<String> teamId) {
    this.workspace = workspace;
    this.teamId = teamId;
  }

  void register(Map<String, SlackMethod> methods) {
    methods.put("chat.postMessage", this::postMessage);
    methods.put("chat.postEphemeral", this::postEphemeral);
    methods.put("chat.update", this::update);
    methods.put("chat.delete", this::delete);
    methods.put("reactions.add", this::react);
  }

  private JsonObject postMessage(RecordedCall call) {
    String channel =
        workspace.resolveChannel(SlackMethod.required(call, "channel", "channel_not_found"));
    String text = textOf(call);
    FakeMessage posted =
        workspace.post(
            new FakeMessage(
                channel,
                "0",
                call.param("thread_ts"),
                FakeWorkspace.BOT_USER_ID,
                Optional.of(FakeWorkspace.BOT_ID),
                text,
                call.param("blocks"),
                call.param("metadata"),
                Optional.empty(),
                List.of(),
                List.of()));
    JsonObject ok = SlackJson.ok();
    ok.addProperty("channel", channel);
    ok.addProperty("ts", posted.ts());
    ok.add("message", SlackJson.message(posted, List.of(), teamId.get()));
    return ok;
  }

  /**
   * Ephemeral messages are not in the history: only their recipient ever sees them, once. The fake
   * keeps them apart, for tests to count.
   */
  private JsonObject postEphemeral(RecordedCall call) {
    String channel =
        workspace.resolveChannel(SlackMethod.required(call, "channel", "channel_not_found"));
    String user = SlackMethod.required(call, "user", "user_not_found");
    if (workspace.user(user).isEmpty()) {
      throw new SlackError("user_not_in_channel");
    }
    FakeEphemeral shown = workspace.showEphemeral(channel, user, textOf(call));
    JsonObject ok = SlackJson.ok();
    ok.addProperty("message_ts", shown.ts());
    return ok;
  }

  private JsonObject update(RecordedCall call) {
    String channel =
        workspace.resolveChannel(SlackMethod.required(call, "channel", "channel_not_found"));
    FakeMessage current = ownMessage(channel, call, "cant_update_message");
    String text = call.param("text").orElse(current.text());
    Optional<String> blocks = call.param("blocks").or(current::blocks);
    FakeMessage updated =
        workspace.replace(
            channel, current.ts(), message -> message.edited(text, blocks, workspace.nextTs()));
    JsonObject ok = SlackJson.ok();
    ok.addProperty("channel", channel);
    ok.addProperty("ts", updated.ts());
    ok.addProperty("text", updated.text());
    ok.add("message", SlackJson.message(updated, List.of(), teamId.get()));
    return ok;
  }

  private JsonObject delete(RecordedCall call) {
    String channel =
        workspace.resolveChannel(SlackMethod.required(call, "channel", "channel_not_found"));
    FakeMessage current = ownMessage(channel, call, "cant_delete_message");
    workspace.delete(channel, current.ts());
    JsonObject ok = SlackJson.ok();
    ok.addProperty("channel", channel);
    ok.addProperty("ts", current.ts());
    return ok;
  }

  private JsonObject react(RecordedCall call) {
    String channel =
        workspace.resolveChannel(SlackMethod.required(call, "channel", "channel_not_found"));
    String ts = SlackMethod.required(call, "timestamp", "no_item_specified");
    String name = SlackMethod.required(call, "name", "invalid_name");
    FakeMessage message =
        workspace.message(channel, ts).orElseThrow(() -> new SlackError("message_not_found"));
    if (message.reactions().contains(name)) {
      throw new SlackError("already_reacted");
    }
    workspace.replace(channel, ts, current -> current.withReaction(name));
    return SlackJson.ok();
  }

  /** An app may only change its own messages, as on Slack. */
  private FakeMessage ownMessage(String channel, RecordedCall call, String notOwnError) {
    String ts = SlackMethod.required(call, "ts", "message_not_found");
    FakeMessage message =
        workspace.message(channel, ts).orElseThrow(() -> new SlackError("message_not_found"));
    if (message.botId().isEmpty()) {
      throw new SlackError(notOwnError);
    }
    return message;
  }

  private static String textOf(RecordedCall call) {
    Optional<String> text = call.param("text").or(() -> call.param("markdown_text"));
    if (text.isEmpty() && call.param("blocks").isEmpty() && call.param("attachments").isEmpty()) {
      throw new SlackError("no_text");
    }
    return text.orElse("");
  }
}
