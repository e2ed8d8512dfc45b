package dev.scribe.postmortem;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How Slack text (mentions, channel links, {@code <url|label>}) becomes Markdown in the draft. A
 * port so the shared Slack markup converter can replace the basic one without touching the draft.
 */
public interface EventText {

  /** The Slack text as Markdown, with user mentions shown by display name. */
  String markdown(String slackText, Function<String, Optional<String>> userNames);

  /** The Slack user ids mentioned in the text, in order of appearance. */
  List<String> mentions(String slackText);

  /** A small converter of the common Slack forms. */
  static EventText basic() {
    return new BasicEventText();
  }
}
