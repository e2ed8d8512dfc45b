package dev.scribe.slack;

import java.util.Objects;

/**
 * Who Scribe is in the workspace, as {@code auth.test} answers for its token: the bot user that
 * posts its messages and the bot id those messages carry. Scribe's own posts (confirmations, the
 * declaration, the draft's file comment, reminders) are not evidence of an incident, so a reaction
 * on one never becomes an event.
 *
 * @param userId the bot user ({@code U…}), the {@code user} and {@code item_user} of its posts
 * @param botId the bot ({@code B…}), the {@code bot_id} of its posts; null if Slack gave none
 */
public record BotIdentity(String userId, String botId) {

  public BotIdentity {
    Objects.requireNonNull(userId, "userId");
    if (userId.isBlank()) {
      throw new IllegalArgumentException("the bot user id is blank");
    }
  }

  /** True when a message with this author ({@code user}, {@code bot_id}) is Scribe's own post. */
  public boolean isAuthor(String user, String messageBotId) {
    return userId.equals(user) || (botId != null && botId.equals(messageBotId));
  }
}
