package dev.scribe.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.common.TextPart;
import dev.scribe.postmortem.EventText;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SlackEventTextTest {

  private final EventText text = new SlackEventText();
  private final Function<String, Optional<String>> names =
      id -> Optional.ofNullable(Map.of("U1", "dana").get(id));

  @Test
  void mentionsUseTheDisplayNameThenTheLabelThenTheId() {
    assertThat(TextPart.plainText(text.parts("<@U1|old> and <@U2|sam> and <@U3>", names)))
        .isEqualTo("@dana and @sam and @U3");
  }

  @Test
  void channelsLinksAndSpecialMentionsBecomeWordsAndLinks() {
    assertThat(
            text.parts(
                "<#C9|ops> <https://x.example/a?b=1|the graph> <https://y.example> <!here>", names))
        .containsExactly(
            new TextPart.Words("#ops "),
            new TextPart.Link("https://x.example/a?b=1", "the graph"),
            new TextPart.Words(" "),
            new TextPart.Link("https://y.example", "https://y.example"),
            new TextPart.Words(" @here"));
  }

  @Test
  void escapedCharactersAreRestored() {
    assertThat(text.parts("a &lt; b &amp; c &gt; d", names))
        .containsExactly(new TextPart.Words("a < b & c > d"));
  }

  @Test
  void mentionsAreFoundInOrder() {
    assertThat(text.mentions("<@U2|sam> pinged <@W7> and <#C1|x>")).containsExactly("U2", "W7");
    assertThat(text.mentions("no one")).isEmpty();
  }
}
