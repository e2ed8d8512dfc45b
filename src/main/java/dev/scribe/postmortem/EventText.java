package dev.scribe.postmortem;

import dev.scribe.common.SlackMarkup;
import dev.scribe.common.TextPart;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** How Slack text (mentions, channel links, {@code <url|label>}) is read for the draft. */
public interface EventText {

  /** The Slack text as words and links, with user mentions shown by display name. */
  List<TextPart> parts(String slackText, Function<String, Optional<String>> userNames);

  /** The Slack user ids mentioned in the text, in order of appearance. */
  List<String> mentions(String slackText);

  /** The shared reader, {@link SlackMarkup}. */
  static EventText basic() {
    return new EventText() {
      @Override
      public List<TextPart> parts(String slackText, Function<String, Optional<String>> userNames) {
        return SlackMarkup.parts(slackText, userNames);
      }

      @Override
      public List<String> mentions(String slackText) {
        return SlackMarkup.mentionedUserIds(slackText);
      }
    };
  }
}
