package dev.scribe.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@code /pm} subcommand answers.
 *
 * @param text the message (Slack mrkdwn); also the notification fallback when blocks are given
 * @param blocks optional Block Kit layout; empty for plain text
 * @param visibility who sees it
 * @param mentions the users this reply is meant to notify, whose mentions stay live (every other
 *     mention is shown as a name, see {@link InertMrkdwn}): the reviewers a review request asks
 */
public record Reply(
    String text, List<LayoutBlock> blocks, Visibility visibility, Set<String> mentions) {

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
    mentions = Set.copyOf(mentions);
  }

  /** A reply that notifies nobody. */
  public Reply(String text, List<LayoutBlock> blocks, Visibility visibility) {
    this(text, blocks, visibility, Set.of());
  }

  /** The same reply, notifying these users: the point of the message is to tell them. */
  public Reply mentioning(Collection<String> userIds) {
    return new Reply(text, blocks, visibility, Set.copyOf(userIds));
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
