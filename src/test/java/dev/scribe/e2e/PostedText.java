package dev.scribe.e2e;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import dev.scribe.demo.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every piece of text Scribe handed to Slack, and the mentions in it that would notify someone. */
final class PostedText {

  /** Methods whose text Slack shows to people, with the parameters that carry it. */
  static final Map<String, List<String>> SHOWN =
      Map.of(
          "chat.postMessage", List.of("text", "blocks", "attachments"),
          "chat.postEphemeral", List.of("text", "blocks", "attachments"),
          "chat.update", List.of("text", "blocks", "attachments"),
          "files.completeUploadExternal", List.of("initial_comment"),
          "views.open", List.of("view"),
          "views.update", List.of("view"),
          "conversations.canvases.create", List.of("document_content"),
          "canvases.edit", List.of("changes"));

  private static final Pattern BROADCAST =
      Pattern.compile("<!(?:here|channel|everyone|group)\\b|<!subteam\\^");
  private static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]+)");

  /** A word Slack could turn into @here where names are linked; the word joiner stops it. */
  private static final Pattern BARE_BROADCAST =
      Pattern.compile("(?i)(?<![\\p{L}\\p{N}_@./:\\u2060])@(?:here|channel|everyone)\\b");

  private PostedText() {}

  /** The texts of one call: strings inside JSON parameters are taken out of their JSON. */
  static List<String> of(RecordedCall call) {
    List<String> texts = new ArrayList<>();
    for (String param : SHOWN.getOrDefault(call.method(), List.of())) {
      call.param(param).ifPresent(value -> strings(value, texts));
    }
    return texts;
  }

  /**
   * What in {@code text} would notify people: broadcasts, user mentions of anyone but {@code
   * mayMention}, and bare "@here" words.
   */
  static List<String> liveMentions(String text, Set<String> mayMention) {
    List<String> live = new ArrayList<>();
    Matcher broadcast = BROADCAST.matcher(text);
    while (broadcast.find()) {
      live.add(broadcast.group());
    }
    Matcher user = USER.matcher(text);
    while (user.find()) {
      if (!mayMention.contains(user.group(1))) {
        live.add(user.group());
      }
    }
    Matcher bare = BARE_BROADCAST.matcher(text);
    while (bare.find()) {
      live.add(bare.group());
    }
    return live;
  }

  private static void strings(String value, List<String> into) {
    String trimmed = value.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        collect(JsonParser.parseString(trimmed), into);
        return;
      } catch (JsonSyntaxException notJson) {
        // plain text that happens to start with a bracket
      }
    }
    into.add(value);
  }

  private static void collect(JsonElement json, List<String> into) {
    if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
      into.add(json.getAsString());
    } else if (json.isJsonArray()) {
      json.getAsJsonArray().forEach(e -> collect(e, into));
    } else if (json.isJsonObject()) {
      json.getAsJsonObject().entrySet().forEach(e -> collect(e.getValue(), into));
    }
  }
}
