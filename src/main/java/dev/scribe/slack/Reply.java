package dev.scribe.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code /pm} subcommand answers.
 *
 * @param text the message (Slack mrkdwn); also the notification fallback when blocks are given
 * @param blocks optional Block Kit layout; empty for plain text
 * @param visibility who sees it
 */
public record Reply(String text, List<LayoutBlock> blocks, Visibility visibility) {

  /** Who sees a reply. */
  public enum Visibility {
    /** Only the user who typed the command. */
    EPHEMERAL,
    /**
     * Everyone in the channel — used to confirm a recorded event, unless the workspace opts out.
     */
    CHANNEL,
    /** Everyone, when the workspace shows confirmations in the channel; otherwise only the user. */
    CONFIRMATION
  }

  public Reply {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(visibility, "visibility");
  }

  public static Reply ephemeral(String text) {
    return new Reply(text, List.of(), Visibility.EPHEMERAL);
  }

  public static Reply confirmation(String text) {
    return new Reply(text, List.of(), Visibility.CONFIRMATION);
  }

  public static Reply inChannel(String text) {
    return new Reply(text, List.of(), Visibility.CHANNEL);
  }
}
