package dev.scribe.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.common.SlackMarkup;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EventTextTest {

  private final EventText text = EventText.basic();
  private final Function<String, Optional<String>> names =
      id -> Optional.ofNullable(Map.of("U1", "dana").get(id));

  @Test
  void mentionsUseTheDisplayNameThenTheLabelThenTheId() {
    assertThat(SlackMarkup.plainText(text.parts("<@U1|old> and <@U2|sam> and <@U3>", names)))
        .isEqualTo("@dana and @sam and @U3");
  }

  @Test
  void channelsLinksAndSpecialMentionsBecomeWordsAndLinks() {
    assertThat(
            text.parts(
                "<#C9|ops> <https://x.example/a?b=1|the graph> <https://y.example> <!here>", names))
        .containsExactly(
            new SlackMarkup.Words("#ops "),
            new SlackMarkup.Link("https://x.example/a?b=1", "the graph"),
            new SlackMarkup.Words(" "),
            new SlackMarkup.Link("https://y.example", "https://y.example"),
            new SlackMarkup.Words(" @here"));
  }

  @Test
  void escapedCharactersAreRestored() {
    assertThat(text.parts("a &lt; b &amp; c &gt; d", names))
        .containsExactly(new SlackMarkup.Words("a < b & c > d"));
  }

  @Test
  void mentionsAreFoundInOrder() {
    assertThat(text.mentions("<@U2|sam> pinged <@W7> and <#C1|x>")).containsExactly("U2", "W7");
    assertThat(text.mentions("no one")).isEmpty();
  }
}
