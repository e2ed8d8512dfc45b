package dev.scribe.demo;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Slack's JSON shapes for the objects the fake returns, with the field names the Java client maps.
 */
final class SlackJson {
  private SlackJson() {}

  static JsonObject ok() {
    JsonObject json = new JsonObject();
    json.addProperty("ok", true);
    return json;
  }

  static JsonObject error(String error) {
    JsonObject json = new JsonObject();
    json.addProperty("ok", false);
    json.addProperty("error", error);
    return json;
  }

  /** A message; a thread parent also carries its reply count and latest reply. */
  static JsonObject message(FakeMessage message, List<FakeMessage> replies, String teamId) {
    JsonObject json = new JsonObject();
    json.addProperty("type", "message");
    if (!message.user().isEmpty()) {
      json.addProperty("user", message.user());
    }
    message
        .botId()
        .ifPresent(
            botId -> {
              json.addProperty("bot_id", botId);
              if (message.user().isEmpty()) {
                json.addProperty("subtype", "bot_message");
              }
            });
    json.addProperty("text", message.text());
    json.addProperty("ts", message.ts());
    json.addProperty("team", teamId);
    message.threadTs().ifPresent(threadTs -> json.addProperty("thread_ts", threadTs));
    if (message.isReply()) {
      json.addProperty("parent_user_id", message.user());
    }
    if (!replies.isEmpty()) {
      json.addProperty("reply_count", replies.size());
      json.addProperty("latest_reply", replies.get(replies.size() - 1).ts());
    }
    message.blocks().ifPresent(blocks -> json.add("blocks", JsonParser.parseString(blocks)));
    message
        .metadata()
        .ifPresent(metadata -> json.add("metadata", JsonParser.parseString(metadata)));
    message.editedTs().ifPresent(ts -> json.add("edited", edited(message.user(), ts)));
    if (!message.reactions().isEmpty()) {
      json.add("reactions", reactions(message.reactions()));
    }
    if (!message.fileIds().isEmpty()) {
      JsonArray files = new JsonArray();
      message.fileIds().forEach(id -> files.add(object("id", id)));
      json.add("files", files);
    }
    return json;
  }

  static JsonObject user(FakeUser user, Optional<String> role, Instant now, String teamId) {
    JsonObject json = new JsonObject();
    json.addProperty("id", user.id());
    json.addProperty("team_id", teamId);
    json.addProperty("name", user.name());
    json.addProperty("real_name", user.realName());
    json.addProperty("deleted", false);
    json.addProperty("is_bot", user.bot());
    String r = role.orElse("");
    json.addProperty("is_primary_owner", r.equals("primary_owner"));
    json.addProperty("is_owner", r.equals("owner") || r.equals("primary_owner"));
    json.addProperty("is_admin", !r.isEmpty());
    json.addProperty("tz", user.zone().getId());
    TimeZone zone = TimeZone.getTimeZone(user.zone());
    boolean summer = user.zone().getRules().isDaylightSavings(now);
    json.addProperty("tz_label", zone.getDisplayName(summer, TimeZone.LONG, Locale.ENGLISH));
    json.addProperty("tz_offset", user.zone().getRules().getOffset(now).getTotalSeconds());
    JsonObject profile = new JsonObject();
    profile.addProperty("real_name", user.realName());
    profile.addProperty("display_name", user.name());
    profile.addProperty("display_name_normalized", user.name());
    json.add("profile", profile);
    return json;
  }

  static JsonObject object(String key, String value) {
    JsonObject json = new JsonObject();
    json.addProperty(key, value);
    return json;
  }

  private static JsonObject edited(String user, String ts) {
    JsonObject json = object("user", user);
    json.addProperty("ts", ts);
    return json;
  }

  private static JsonArray reactions(List<String> names) {
    JsonArray array = new JsonArray();
    names.stream()
        .distinct()
        .forEach(
            name -> {
              JsonObject reaction = object("name", name);
              JsonArray users = new JsonArray();
              users.add(FakeWorkspace.BOT_USER_ID);
              reaction.add("users", users);
              reaction.addProperty("count", names.stream().filter(name::equals).count());
              array.add(reaction);
            });
    return array;
  }
}
