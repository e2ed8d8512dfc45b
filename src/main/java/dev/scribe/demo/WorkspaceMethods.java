package dev.scribe.demo;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Who is who: auth, users, team, the Socket Mode URL, and modal or home views. */
final class WorkspaceMethods {
  private final FakeWorkspace workspace;
  private final Supplier<String> teamId;
  private final Supplier<Optional<String>> socketModeUrl;
  private final AtomicInteger views = new AtomicInteger();

  WorkspaceMethods(
      FakeWorkspace workspace, Supplier<String> teamId, Supplier<Optional<String>> socketModeUrl) {
    this.workspace = workspace;
    this.teamId = teamId;
    this.socketModeUrl = socketModeUrl;
  }

  void register(Map<String, SlackMethod> methods) {
    methods.put("auth.test", this::authTest);
    methods.put("users.info", this::userInfo);
    methods.put("bots.info", this::botInfo);
    methods.put("team.info", this::teamInfo);
    methods.put("apps.connections.open", this::connectionsOpen);
    methods.put("views.open", call -> view(call, "V0FAKE" + views.incrementAndGet()));
    methods.put("views.push", call -> view(call, "V0FAKE" + views.incrementAndGet()));
    methods.put(
        "views.update",
        call ->
            view(
                call,
                call.param("view_id")
                    .or(() -> call.param("external_id"))
                    .orElseThrow(() -> new SlackError("not_found"))));
    methods.put("views.publish", this::publish);
  }

  private JsonObject authTest(RecordedCall call) {
    JsonObject ok = SlackJson.ok();
    ok.addProperty("url", "https://fake-slack.example/");
    ok.addProperty("team", "Fake Workspace");
    ok.addProperty("user", "scribe");
    ok.addProperty("team_id", teamId.get());
    ok.addProperty("user_id", FakeWorkspace.BOT_USER_ID);
    ok.addProperty("bot_id", FakeWorkspace.BOT_ID);
    ok.addProperty("is_enterprise_install", false);
    return ok;
  }

  private JsonObject userInfo(RecordedCall call) {
    String id = SlackMethod.required(call, "user", "user_not_found");
    FakeUser user = workspace.user(id).orElseThrow(() -> new SlackError("user_not_found"));
    JsonObject ok = SlackJson.ok();
    ok.add("user", SlackJson.user(user, workspace.role(id), workspace.now(), teamId.get()));
    return ok;
  }

  private JsonObject botInfo(RecordedCall call) {
    String id = SlackMethod.required(call, "bot", "bot_not_found");
    String name = workspace.botName(id).orElseThrow(() -> new SlackError("bot_not_found"));
    JsonObject bot = SlackJson.object("id", id);
    bot.addProperty("name", name);
    bot.addProperty("deleted", false);
    bot.addProperty("app_id", "A" + id.substring(1));
    JsonObject ok = SlackJson.ok();
    ok.add("bot", bot);
    return ok;
  }

  private JsonObject teamInfo(RecordedCall call) {
    JsonObject team = SlackJson.object("id", teamId.get());
    team.addProperty("name", "Fake Workspace");
    team.addProperty("domain", "fake-workspace");
    JsonObject ok = SlackJson.ok();
    ok.add("team", team);
    return ok;
  }

  private JsonObject connectionsOpen(RecordedCall call) {
    if (!call.token().orElse("").startsWith("xapp-")) {
      throw new SlackError("not_allowed_token_type");
    }
    String url = socketModeUrl.get().orElseThrow(() -> new SlackError("socket_mode_not_enabled"));
    JsonObject ok = SlackJson.ok();
    ok.addProperty("url", url);
    return ok;
  }

  private JsonObject view(RecordedCall call, String id) {
    if (call.method().equals("views.open") || call.method().equals("views.push")) {
      SlackMethod.required(call, "trigger_id", "invalid_trigger_id");
    }
    JsonObject view =
        JsonParser.parseString(SlackMethod.required(call, "view", "invalid_arguments"))
            .getAsJsonObject();
    view.addProperty("id", id);
    view.addProperty("team_id", teamId.get());
    view.addProperty("hash", "fake-hash-" + workspace.nextTs());
    JsonObject ok = SlackJson.ok();
    ok.add("view", view);
    return ok;
  }

  private JsonObject publish(RecordedCall call) {
    String user = SlackMethod.required(call, "user_id", "user_not_found");
    if (workspace.user(user).isEmpty()) {
      throw new SlackError("user_not_found");
    }
    return view(call, "V0HOME" + user);
  }
}
