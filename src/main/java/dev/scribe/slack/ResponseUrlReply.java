package dev.scribe.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.util.json.GsonFactory;

/** A reply as the JSON Slack accepts at a {@code response_url}. */
final class ResponseUrlReply {

  private static final Gson GSON = GsonFactory.createSnakeCase();

  private ResponseUrlReply() {}

  static String json(Reply reply, boolean inChannel) {
    SlashCommandResponse.SlashCommandResponseBuilder response =
        SlashCommandResponse.builder()
            .responseType(inChannel ? "in_channel" : "ephemeral")
            .text(reply.text());
    if (!reply.blocks().isEmpty()) {
      response.blocks(reply.blocks());
    }
    return GSON.toJson(response.build());
  }
}
