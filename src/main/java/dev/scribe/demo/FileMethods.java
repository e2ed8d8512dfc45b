package dev.scribe.demo;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The external upload flow and canvases. */
final class FileMethods {
  private final FakeFiles files;
  private final FakeWorkspace workspace;
  private final Supplier<String> uploadUrlPrefix;

  FileMethods(FakeFiles files, FakeWorkspace workspace, Supplier<String> uploadUrlPrefix) {
    this.files = files;
    this.workspace = workspace;
    this.uploadUrlPrefix = uploadUrlPrefix;
  }

  void register(Map<String, SlackMethod> methods) {
    methods.put("files.getUploadURLExternal", this::uploadUrl);
    methods.put("files.completeUploadExternal", this::complete);
    methods.put("files.info", this::info);
    methods.put("canvases.edit", this::editCanvas);
    methods.put("conversations.canvases.create", this::channelCanvas);
    methods.put("canvases.create", this::canvas);
  }

  private JsonObject uploadUrl(RecordedCall call) {
    String filename = SlackMethod.required(call, "filename", "invalid_arguments");
    SlackMethod.required(call, "length", "invalid_arguments");
    String id = files.reserve(filename);
    JsonObject ok = SlackJson.ok();
    ok.addProperty("upload_url", uploadUrlPrefix.get() + id);
    ok.addProperty("file_id", id);
    return ok;
  }

  /** Completes the uploads; with a channel, shares them there in one message, as Slack does. */
  private JsonObject complete(RecordedCall call) {
    JsonArray requested =
        JsonParser.parseString(SlackMethod.required(call, "files", "invalid_arguments"))
            .getAsJsonArray();
    Optional<String> channel =
        call.param("channel_id")
            .or(() -> call.param("channels").map(c -> c.split(",")[0]))
            .map(workspace::resolveChannel);
    Optional<String> comment = call.param("initial_comment");
    JsonArray done = new JsonArray();
    List<String> ids = new ArrayList<>();
    for (JsonElement element : requested) {
      JsonObject file = element.getAsJsonObject();
      Optional<String> title = Optional.ofNullable(file.get("title")).map(JsonElement::getAsString);
      UploadedFile completed =
          files.complete(file.get("id").getAsString(), title, channel, comment);
      done.add(render(completed));
      ids.add(completed.id());
    }
    channel.ifPresent(c -> share(c, call.param("thread_ts"), comment.orElse(""), ids));
    JsonObject ok = SlackJson.ok();
    ok.add("files", done);
    return ok;
  }

  private void share(String channel, Optional<String> threadTs, String comment, List<String> ids) {
    workspace.post(
        new FakeMessage(
            channel,
            "0",
            threadTs,
            FakeWorkspace.BOT_USER_ID,
            Optional.of(FakeWorkspace.BOT_ID),
            comment,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            ids));
  }

  /** A file with the channels it was shared in, as Slack shows them once an upload completed. */
  private JsonObject info(RecordedCall call) {
    String id = SlackMethod.required(call, "file", "file_not_found");
    UploadedFile file = files.file(id).orElseThrow(() -> new SlackError("file_not_found"));
    JsonObject json = render(file);
    JsonArray channels = new JsonArray();
    JsonArray groups = new JsonArray();
    JsonObject publicShares = new JsonObject();
    JsonObject privateShares = new JsonObject();
    file.channelId()
        .filter(c -> file.completed())
        .ifPresent(
            c -> {
              boolean open = c.startsWith("C");
              (open ? channels : groups).add(c);
              (open ? publicShares : privateShares).add(c, new JsonArray());
            });
    json.add("channels", channels);
    json.add("groups", groups);
    JsonObject shares = new JsonObject();
    shares.add("public", publicShares);
    shares.add("private", privateShares);
    json.add("shares", shares);
    JsonObject ok = SlackJson.ok();
    ok.add("file", json);
    return ok;
  }

  /** Only {@code operation: replace} of the whole canvas, the one edit Scribe makes. */
  private JsonObject editCanvas(RecordedCall call) {
    String id = SlackMethod.required(call, "canvas_id", "canvas_not_found");
    JsonArray changes =
        call.json("changes")
            .filter(JsonElement::isJsonArray)
            .map(JsonElement::getAsJsonArray)
            .orElseThrow(() -> new SlackError("invalid_arguments"));
    if (changes.size() != 1) {
      throw new SlackError("invalid_arguments");
    }
    JsonObject change = changes.get(0).getAsJsonObject();
    if (!"replace".equals(change.get("operation").getAsString()) || change.has("section_id")) {
      throw new SlackError("invalid_arguments");
    }
    String markdown = change.getAsJsonObject("document_content").get("markdown").getAsString();
    files.replaceCanvas(id, markdown);
    return SlackJson.ok();
  }

  private JsonObject channelCanvas(RecordedCall call) {
    String channel =
        workspace.resolveChannel(SlackMethod.required(call, "channel_id", "channel_not_found"));
    FakeCanvas canvas =
        files.addCanvas(Optional.of(channel), call.param("title").orElse(""), markdown(call));
    JsonObject ok = SlackJson.ok();
    ok.addProperty("canvas_id", canvas.id());
    return ok;
  }

  private JsonObject canvas(RecordedCall call) {
    Optional<String> channel = call.param("channel_id").map(workspace::resolveChannel);
    FakeCanvas canvas = files.addCanvas(channel, call.param("title").orElse(""), markdown(call));
    JsonObject ok = SlackJson.ok();
    ok.addProperty("canvas_id", canvas.id());
    return ok;
  }

  private static String markdown(RecordedCall call) {
    return call.json("document_content")
        .map(JsonElement::getAsJsonObject)
        .map(content -> content.get("markdown"))
        .map(JsonElement::getAsString)
        .orElse("");
  }

  private static JsonObject render(UploadedFile file) {
    JsonObject json = SlackJson.object("id", file.id());
    json.addProperty("title", file.title());
    json.addProperty("name", file.title());
    json.addProperty("size", file.bytes().length);
    json.addProperty("permalink", "https://fake-slack.example/files/" + file.id());
    return json;
  }
}
