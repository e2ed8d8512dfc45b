package dev.scribe.demo;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/** Who is in what: a channel's members and a user group's, paged as Slack pages them. */
final class MembershipMethods {
  private static final String CURSOR_PREFIX = "offset:";

  private final FakeWorkspace workspace;

  MembershipMethods(FakeWorkspace workspace) {
    this.workspace = workspace;
  }

  void register(Map<String, SlackMethod> methods) {
    methods.put("conversations.members", this::channelMembers);
    methods.put("usergroups.users.list", this::groupMembers);
  }

  private JsonObject channelMembers(RecordedCall call) {
    String channel = SlackMethod.required(call, "channel", "channel_not_found");
    List<String> members = workspace.members(channel);
    int from =
        call.param("cursor")
            .filter(c -> c.startsWith(CURSOR_PREFIX))
            .map(c -> Integer.parseInt(c.substring(CURSOR_PREFIX.length())))
            .orElse(0);
    int limit = call.param("limit").map(Integer::parseInt).filter(l -> l > 0).orElse(100);
    int to = Math.min(members.size(), from + limit);
    JsonArray page = new JsonArray();
    members.subList(Math.min(from, to), to).forEach(page::add);
    JsonObject ok = SlackJson.ok();
    ok.add("members", page);
    ok.add(
        "response_metadata",
        SlackJson.object("next_cursor", to < members.size() ? CURSOR_PREFIX + to : ""));
    return ok;
  }

  private JsonObject groupMembers(RecordedCall call) {
    String group = SlackMethod.required(call, "usergroup", "no_such_subteam");
    List<String> members =
        workspace.group(group).orElseThrow(() -> new SlackError("no_such_subteam"));
    JsonArray users = new JsonArray();
    members.forEach(users::add);
    JsonObject ok = SlackJson.ok();
    ok.add("users", users);
    return ok;
  }
}
