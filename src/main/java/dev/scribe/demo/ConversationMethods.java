package dev.scribe.demo;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Reading conversations: info, history, replies, permalinks, and opening DMs. */
final class ConversationMethods {
  private static final String CURSOR_PREFIX = "next_ts:";

  private final FakeWorkspace workspace;
  private final FakeFiles files;
  private final Supplier<String> teamId;

  ConversationMethods(FakeWorkspace workspace, FakeFiles files, Supplier<String> teamId) {
    this.workspace = workspace;
    this.files = files;
    this.teamId = teamId;
  }

  void register(Map<String, SlackMethod> methods) {
    methods.put("conversations.info", this::info);
    methods.put("conversations.history", this::history);
    methods.put("conversations.replies", this::replies);
    methods.put("conversations.open", this::open);
    methods.put("chat.getPermalink", this::permalink);
  }

  private JsonObject info(RecordedCall call) {
    String channel = SlackMethod.required(call, "channel", "channel_not_found");
    JsonObject json = new JsonObject();
    json.addProperty("id", channel);
    json.addProperty("name", workspace.channelName(channel));
    json.addProperty("is_channel", channel.startsWith("C"));
    json.addProperty("is_private", channel.startsWith("G"));
    json.addProperty("is_im", channel.startsWith("D"));
    json.addProperty("is_member", true);
    files
        .channelCanvas(channel)
        .ifPresent(
            canvas -> {
              JsonObject properties = new JsonObject();
              properties.add("canvas", SlackJson.object("file_id", canvas.id()));
              json.add("properties", properties);
            });
    JsonObject ok = SlackJson.ok();
    ok.add("channel", json);
    return ok;
  }

  /** Top-level messages only, newest first: a thread reply is never in the history, as on Slack. */
  private JsonObject history(RecordedCall call) {
    String channel =
        workspace.resolveChannel(SlackMethod.required(call, "channel", "channel_not_found"));
    Window window = Window.of(call, true);
    List<FakeMessage> topLevel =
        new ArrayList<>(
            workspace.channelMessages(channel).stream()
                .filter(message -> !message.isReply())
                .filter(message -> window.contains(message.ts()))
                .toList());
    topLevel.sort(Comparator.comparing(FakeMessage::time).reversed());
    return page(channel, topLevel, window.limit());
  }

  /** The parent first, then the replies in the window, oldest first. */
  private JsonObject replies(RecordedCall call) {
    String channel =
        workspace.resolveChannel(SlackMethod.required(call, "channel", "channel_not_found"));
    String ts = SlackMethod.required(call, "ts", "thread_not_found");
    FakeMessage target =
        workspace.message(channel, ts).orElseThrow(() -> new SlackError("thread_not_found"));
    String parentTs = target.threadTs().orElse(target.ts());
    FakeMessage parent =
        workspace.message(channel, parentTs).orElseThrow(() -> new SlackError("thread_not_found"));
    Window window = Window.of(call, false);
    List<FakeMessage> thread = new ArrayList<>();
    thread.add(parent);
    workspace.replies(channel, parentTs).stream()
        .filter(reply -> window.contains(reply.ts()))
        .forEach(thread::add);
    return page(channel, thread, window.limit());
  }

  private JsonObject open(RecordedCall call) {
    String users = SlackMethod.required(call, "users", "users_list_not_supplied");
    String user = users.split(",")[0].trim();
    if (workspace.user(user).isEmpty()) {
      throw new SlackError("user_not_found");
    }
    JsonObject ok = SlackJson.ok();
    ok.add("channel", SlackJson.object("id", workspace.directChannel(user)));
    return ok;
  }

  private JsonObject permalink(RecordedCall call) {
    String channel =
        workspace.resolveChannel(SlackMethod.required(call, "channel", "channel_not_found"));
    String ts = SlackMethod.required(call, "message_ts", "message_not_found");
    FakeMessage message =
        workspace.message(channel, ts).orElseThrow(() -> new SlackError("message_not_found"));
    String link = "https://fake-slack.example/archives/" + channel + "/p" + ts.replace(".", "");
    if (message.isReply()) {
      link += "?thread_ts=" + message.threadTs().orElseThrow() + "&cid=" + channel;
    }
    JsonObject ok = SlackJson.ok();
    ok.addProperty("channel", channel);
    ok.addProperty("permalink", link);
    return ok;
  }

  private JsonObject page(String channel, List<FakeMessage> messages, int limit) {
    List<FakeMessage> shown = messages.subList(0, Math.min(limit, messages.size()));
    JsonArray array = new JsonArray();
    shown.forEach(message -> array.add(render(channel, message)));
    boolean hasMore = messages.size() > shown.size();
    JsonObject ok = SlackJson.ok();
    ok.add("messages", array);
    ok.addProperty("has_more", hasMore);
    String cursor = hasMore ? encodeCursor(shown.get(shown.size() - 1).ts()) : "";
    ok.add("response_metadata", SlackJson.object("next_cursor", cursor));
    return ok;
  }

  private JsonObject render(String channel, FakeMessage message) {
    List<FakeMessage> replies =
        message.isReply() ? List.of() : workspace.replies(channel, message.ts());
    return SlackJson.message(message, replies, teamId.get());
  }

  private static String encodeCursor(String ts) {
    return Base64.getEncoder()
        .encodeToString((CURSOR_PREFIX + ts).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Slack's {@code oldest}/{@code latest}/{@code inclusive}/{@code limit}, and our opaque cursor.
   */
  private record Window(BigDecimal oldest, BigDecimal latest, boolean inclusive, int limit) {

    /**
     * A cursor continues after the last message shown: older ones for history, newer for replies.
     */
    static Window of(RecordedCall call, boolean newestFirst) {
      BigDecimal oldest = call.param("oldest").map(BigDecimal::new).orElse(BigDecimal.ZERO);
      BigDecimal latest = call.param("latest").map(BigDecimal::new).orElse(null);
      boolean inclusive =
          call.param("inclusive").map(v -> v.equals("true") || v.equals("1")).orElse(false);
      int limit = call.param("limit").map(Integer::parseInt).filter(n -> n > 0).orElse(100);
      String cursor = call.param("cursor").filter(c -> !c.isBlank()).orElse(null);
      if (cursor != null) {
        String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
        if (!decoded.startsWith(CURSOR_PREFIX)) {
          throw new SlackError("invalid_cursor");
        }
        BigDecimal after = new BigDecimal(decoded.substring(CURSOR_PREFIX.length()));
        return newestFirst
            ? new Window(oldest, after, false, limit)
            : new Window(after, latest, false, limit);
      }
      return new Window(oldest, latest, inclusive, limit);
    }

    boolean contains(String ts) {
      BigDecimal value = new BigDecimal(ts);
      boolean afterOldest = inclusive ? value.compareTo(oldest) >= 0 : value.compareTo(oldest) > 0;
      boolean beforeLatest =
          latest == null
              || (inclusive ? value.compareTo(latest) <= 0 : value.compareTo(latest) < 0);
      return afterOldest && beforeLatest;
    }
  }
}
