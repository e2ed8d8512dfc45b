package dev.scribe.slack;

import dev.scribe.postmortem.EventText;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Event text as Slack sent it, turned into the draft's Markdown by {@link SlackMarkup}. */
public final class SlackEventText implements EventText {

  @Override
  public String markdown(String slackText, Function<String, Optional<String>> userNames) {
    return SlackMarkup.toMarkdown(slackText, userNames);
  }

  @Override
  public List<String> mentions(String slackText) {
    return SlackMarkup.mentionedUserIds(slackText);
  }
}
