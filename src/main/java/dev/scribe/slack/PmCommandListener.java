package dev.scribe.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.scribe.common.DeferredRequest;
import dev.scribe.common.UserFacingException;
import dev.scribe.workspace.WorkspaceSettingsRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code /pm} slash command. Everything is stored before the acknowledgement is sent, so a
 * confirmation a user sees is a promise kept; slow follow-up work happens after it.
 *
 * <p>No Slack Web API call happens before the ack: what Scribe knows of the user comes from its own
 * cache. A command that cannot be carried out without a fact not known yet (a clock time from a
 * user whose zone Scribe has not learned, an admin-only change from a user whose role it has not)
 * is taken as it is and acknowledged with "⏳"; it is completed, as if at the moment it was typed,
 * once Slack tells the fact, and answered through its {@code response_url} ({@link Deferrals}).
 */
public final class PmCommandListener implements SlashCommandHandler {

  static final String KIND = "pm";

  private final PmDispatcher dispatcher;
  private final SlackUserDirectory users;
  private final FactsLearner learner;
  private final Deferrals deferrals;
  private final WorkspaceSettingsRepository settings;
  private final ZoneId defaultZone;
  private final boolean confirmationsInChannelByDefault;
  private final Clock clock;

  public PmCommandListener(
      PmDispatcher dispatcher,
      SlackUserDirectory users,
      FactsLearner learner,
      Deferrals deferrals,
      WorkspaceSettingsRepository settings,
      ZoneId defaultZone,
      boolean confirmationsInChannelByDefault,
      Clock clock) {
    this.dispatcher = dispatcher;
    this.users = users;
    this.learner = learner;
    this.deferrals = deferrals;
    this.settings = settings;
    this.defaultZone = defaultZone;
    this.confirmationsInChannelByDefault = confirmationsInChannelByDefault;
    this.clock = clock;
    deferrals.register(KIND, this::complete);
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext context) {
    SlashCommandPayload payload = request.getPayload();
    Instant receivedAt = clock.instant();
    Reply reply;
    boolean confirmInChannel = confirmationsInChannelByDefault;
    UserFacts facts = UserFacts.unknown();
    try {
      // Everything that could fail is read before the command writes, so that a stored event is
      // never answered with an error (the user would type it again).
      confirmInChannel = confirmInChannel(payload.getTeamId());
      facts = users.known(payload.getTeamId(), payload.getUserId());
      PmRequest pm =
          new PmRequest(
              payload.getTeamId(),
              payload.getChannelId(),
              payload.getUserId(),
              facts.zone().orElse(defaultZone),
              payload.getTriggerId(),
              facts);
      reply = dispatcher.dispatch(pm, payload.getText());
    } catch (FactNeeded needed) {
      reply = take(payload, receivedAt, needed.fact());
    } catch (UserFacingException e) {
      reply = ErrorReplies.of(e);
    } catch (RuntimeException e) {
      reply = ErrorReplies.unexpected(e, "/pm " + firstWord(payload.getText()));
    }
    if (!facts.complete()) {
      learner.learnLater(payload.getTeamId(), payload.getUserId());
    }
    return context.ack(
        toResponse(inert(reply, payload.getTeamId(), payload.getUserId()), confirmInChannel));
  }

  /**
   * The reply as it may be posted: the people it names are shown by name, not mentioned (the user
   * who typed the command aside, and those the reply is meant to tell), and no broadcast in it is
   * live, whatever was typed.
   */
  private Reply inert(Reply reply, String teamId, String userId) {
    Set<String> mayMention = new HashSet<>(reply.mentions());
    mayMention.add(userId);
    String text =
        InertMrkdwn.of(reply.text(), mayMention, id -> users.knownDisplayName(teamId, id));
    return new Reply(text, reply.blocks(), reply.visibility(), reply.mentions());
  }

  /** Stores the command as it came, to be completed once the fact arrives. */
  private Reply take(SlashCommandPayload payload, Instant receivedAt, FactNeeded.Fact fact) {
    deferrals.take(
        new DeferredRequest(
            0,
            payload.getTeamId(),
            payload.getChannelId(),
            payload.getUserId(),
            KIND,
            payload.getText() == null ? "" : payload.getText(),
            payload.getResponseUrl(),
            receivedAt,
            fact.stored(),
            0),
        fact);
    String why =
        switch (fact) {
          case ZONE ->
              "Scribe is asking Slack for your time zone (it has not seen you before), to read the "
                  + "time you typed";
          case ROLE ->
              "Scribe is asking Slack whether you may change settings for the whole workspace (it "
                  + "has not seen you before)";
          case ADMIN_GROUP ->
              "Scribe is asking Slack who is in the workspace's admin group, to know whether you "
                  + "may change settings for the whole workspace";
        };
    return Reply.ephemeral(
        ":hourglass_flowing_sand: Got it: `/pm "
            + firstWord(payload.getText())
            + " …` is taken. "
            + why
            + ". It will be done as of when you typed it, and answered here in a moment: no need "
            + "to type it again.");
  }

  /** Completes a command taken earlier; "now" is the moment it was typed. */
  private Optional<Deferrals.Answer> complete(
      DeferredRequest taken, UserFacts facts, boolean givingUp) {
    boolean confirmInChannel = confirmInChannel(taken.teamId());
    if (givingUp && !taken.waitingFor().equals(FactNeeded.Fact.ZONE.stored())) {
      return Optional.of(
          new Deferrals.Answer(
              ErrorReplies.of(
                  new UserFacingException(
                      "Slack did not say whether you may change settings for the whole workspace, "
                          + "so `/pm "
                          + firstWord(taken.body())
                          + "` was not done. Try it again in a while.")),
              false));
    }
    // Only once Slack had its chance is the default zone taken for theirs (and the answer says so).
    boolean zoneAssumed = givingUp && facts.zone().isEmpty();
    ZoneId zone = facts.zone().orElse(defaultZone);
    UserFacts asIf = zoneAssumed ? new UserFacts(Optional.of(zone), facts.role()) : facts;
    PmRequest pm =
        new PmRequest(taken.teamId(), taken.channelId(), taken.userId(), zone, null, asIf);
    Reply reply;
    try {
      reply = dispatcher.dispatch(pm, taken.body());
    } catch (UserFacingException e) {
      reply = ErrorReplies.of(e);
    }
    if (zoneAssumed) {
      reply =
          new Reply(
              reply.text()
                  + "\n_Slack did not tell me your time zone in time, so times were read in "
                  + zone.getId()
                  + "; `/pm edit` corrects one._",
              reply.blocks(),
              reply.visibility(),
              reply.mentions());
    }
    return Optional.of(
        new Deferrals.Answer(
            inert(reply, taken.teamId(), taken.userId()), inChannel(reply, confirmInChannel)));
  }

  private boolean confirmInChannel(String teamId) {
    return settings.settings(teamId, confirmationsInChannelByDefault).confirmationsInChannel();
  }

  private static boolean inChannel(Reply reply, boolean confirmInChannel) {
    return switch (reply.visibility()) {
      case CHANNEL -> true;
      case EPHEMERAL -> false;
      case CONFIRMATION -> confirmInChannel;
    };
  }

  private static SlashCommandResponse toResponse(Reply reply, boolean confirmInChannel) {
    SlashCommandResponse.SlashCommandResponseBuilder response =
        SlashCommandResponse.builder()
            .responseType(inChannel(reply, confirmInChannel) ? "in_channel" : "ephemeral")
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
