package dev.scribe.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.scribe.common.UserDirectory;
import dev.scribe.common.UserFacingException;
import dev.scribe.workspace.WorkspaceSettingsRepository;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code /pm} slash command. Everything is stored before the acknowledgement is sent, so a
 * confirmation a user sees is a promise kept; slow follow-up work happens after it.
 */
public final class PmCommandListener implements SlashCommandHandler {

  private final PmDispatcher dispatcher;
  private final UserDirectory users;
  private final WorkspaceSettingsRepository settings;
  private final ZoneId defaultZone;
  private final boolean confirmationsInChannelByDefault;

  public PmCommandListener(
      PmDispatcher dispatcher,
      UserDirectory users,
      WorkspaceSettingsRepository settings,
      ZoneId defaultZone,
      boolean confirmationsInChannelByDefault) {
    this.dispatcher = dispatcher;
    this.users = users;
    this.settings = settings;
    this.defaultZone = defaultZone;
    this.confirmationsInChannelByDefault = confirmationsInChannelByDefault;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext context) {
    SlashCommandPayload payload = request.getPayload();
    Reply reply;
    boolean confirmInChannel = confirmationsInChannelByDefault;
    try {
      // Everything that could fail is read before the command writes, so that a stored event is
      // never answered with an error (the user would type it again).
      confirmInChannel =
          settings
              .settings(payload.getTeamId(), confirmationsInChannelByDefault)
              .confirmationsInChannel();
      ZoneId zone = users.zone(payload.getTeamId(), payload.getUserId()).orElse(defaultZone);
      PmRequest pm =
          new PmRequest(
              payload.getTeamId(),
              payload.getChannelId(),
              payload.getUserId(),
              zone,
              payload.getTriggerId());
      reply = dispatcher.dispatch(pm, payload.getText());
    } catch (UserFacingException e) {
      reply = ErrorReplies.of(e);
    } catch (RuntimeException e) {
      reply = ErrorReplies.unexpected(e, "/pm " + firstWord(payload.getText()));
    }
    return context.ack(toResponse(inert(reply, payload), confirmInChannel));
  }

  /**
   * The reply as it may be posted: the people it names are shown by name, not mentioned (the user
   * who typed the command aside, and those the reply is meant to tell), and no broadcast in it is
   * live, whatever was typed.
   */
  private Reply inert(Reply reply, SlashCommandPayload payload) {
    Set<String> mayMention = new HashSet<>(reply.mentions());
    mayMention.add(payload.getUserId());
    String text =
        InertMrkdwn.of(
            reply.text(), mayMention, id -> users.knownDisplayName(payload.getTeamId(), id));
    return new Reply(text, reply.blocks(), reply.visibility());
  }

  private static SlashCommandResponse toResponse(Reply reply, boolean confirmInChannel) {
    boolean inChannel =
        switch (reply.visibility()) {
          case CHANNEL -> true;
          case EPHEMERAL -> false;
          case CONFIRMATION -> confirmInChannel;
        };
    SlashCommandResponse.SlashCommandResponseBuilder response =
        SlashCommandResponse.builder()
            .responseType(inChannel ? "in_channel" : "ephemeral")
            .text(reply.text());
    if (!reply.blocks().isEmpty()) {
      response.blocks(reply.blocks());
    }
    return response.build();
  }

  private static String firstWord(String text) {
    return text == null || text.isBlank() ? "" : text.strip().split("\\s+", 2)[0];
  }
}
