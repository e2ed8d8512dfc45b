package dev.scribe.slack;

import dev.scribe.common.TextPart;
import dev.scribe.postmortem.EventText;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Event text as Slack sent it, read into words and links for the draft by {@link SlackMarkup}. */
public final class SlackEventText implements EventText {

  @Override
  public List<TextPart> parts(String slackText, Function<String, Optional<String>> userNames) {
    return SlackMarkup.parts(slackText, userNames);
  }

  @Override
  public List<String> mentions(String slackText) {
    return SlackMarkup.mentionedUserIds(slackText);
  }
}
