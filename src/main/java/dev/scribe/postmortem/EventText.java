package dev.scribe.postmortem;

import dev.scribe.common.TextPart;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How Slack text (mentions, channel links, {@code <url|label>}) becomes Markdown in the draft. The
 * Slack adapter provides it ({@code SlackEventText}): the domain stores what Slack sent and knows
 * nothing of its markup.
 */
public interface EventText {

  /** The Slack text as words and links, with user mentions shown by display name. */
  List<TextPart> parts(String slackText, Function<String, Optional<String>> userNames);

  /** The Slack user ids mentioned in the text, in order of appearance. */
  List<String> mentions(String slackText);
}
