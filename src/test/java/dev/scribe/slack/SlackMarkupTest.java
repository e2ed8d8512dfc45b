package dev.scribe.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.common.TextPart;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackMarkupTest {

  private static final Function<String, Optional<String>> NAMES =
      id -> Optional.ofNullable(Map.of("U2", "bo", "W9", "grid.user").get(id));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '"',
      textBlock =
          """
          <@U1|ana> acked                      ¦ @ana acked
          <@U2> acked                          ¦ @bo acked
          <@U2|old-name> acked                 ¦ @bo acked
          <@W9> too                            ¦ @grid.user too
          <@U3> acked                          ¦ @U3 acked
          in <#C1|incident-42>                 ¦ in #incident-42
          in <#C1>                             ¦ in #C1
          in <#C1|>                            ¦ in #C1
          <!here> heads up                     ¦ @here heads up
          <!channel>                           ¦ @channel
          <!everyone>                          ¦ @everyone
          <!here|here>                         ¦ @here
          <!subteam^S1|@oncall> paged          ¦ @oncall paged
          <!subteam^S1|oncall> paged           ¦ @oncall paged
          <!subteam^S1> paged                  ¦ @S1 paged
          <!date^1392734382^{date_short}|Feb 18, 2014> ¦ Feb 18, 2014
          see <https://x.io/a|the graph>       ¦ see [the graph](https://x.io/a)
          see <https://x.io/a>                 ¦ see https://x.io/a
          see <https://x.io/a|https://x.io/a>  ¦ see https://x.io/a
          <https://x.io/?a=1&amp;b=2|q&amp;a>  ¦ [q&a](https://x.io/?a=1&b=2)
          <https://x.io|[prod] dash>           ¦ [[prod] dash](https://x.io)
          <mailto:a@b.io|a@b.io>               ¦ a@b.io
          p99 &gt; 2s &amp;&amp; errors &lt; 5% ¦ p99 > 2s && errors < 5%
          &amp;lt; stays literal               ¦ &lt; stays literal
          &amp;amp;lt; twice                   ¦ &amp;lt; twice
          <javascript:alert(1)|click>          ¦ [click](javascript:alert(1))
          no markup at all                     ¦ no markup at all
          """)
  void readsSlackMarkupAsWordsAndLinks(String slack, String shown) {
    assertThat(shown(SlackMarkup.parts(slack, NAMES))).isEqualTo(shown);
  }

  @Test
  void withoutALookupABareMentionShowsTheId() {
    assertThat(SlackMarkup.parts("<@U2> and <@U1|ana>"))
        .containsExactly(new TextPart.Words("@U2 and @ana"));
  }

  @Test
  void keepsLineBreaks() {
    assertThat(shown(SlackMarkup.parts("a\n<@U1|ana>\n\nb", NAMES))).isEqualTo("a\n@ana\n\nb");
  }

  @Test
  void linksAreTheOnlyBoundariesBetweenParts() {
    assertThat(SlackMarkup.parts("<!here> see <https://x.io|the graph> &amp; <#C1|ops>"))
        .containsExactly(
            new TextPart.Words("@here see "),
            new TextPart.Link("https://x.io", "the graph"),
            new TextPart.Words(" & #ops"));
    assertThat(TextPart.plainText(SlackMarkup.parts("see <https://x.io|the graph>")))
        .isEqualTo("see the graph");
  }

  /** Words as they are, links as "[label](url)" or the bare address: the parts at a glance. */
  private static String shown(List<TextPart> parts) {
    StringBuilder out = new StringBuilder();
    for (TextPart part : parts) {
      if (part instanceof TextPart.Link link) {
        out.append(link.labelled() ? "[" + link.label() + "](" + link.url() + ")" : link.url());
      } else {
        out.append(((TextPart.Words) part).text());
      }
    }
    return out.toString();
  }

  @Test
  void findsEachMentionedUserOnceInOrder() {
    String text = "<@U2> asked <@U1|ana>, then <@U2> again; <#C1|x> <!here> <@W9>";

    assertThat(SlackMarkup.mentionedUserIds(text)).containsExactly("U2", "U1", "W9");
    assertThat(SlackMarkup.mentionedUserIds("nobody, @U5 is plain text")).isEmpty();
  }

  @Test
  void oneLineCollapsesLineBreaksAndSpaces() {
    assertThat(SlackMarkup.oneLine("  rolled back\n\n  the   deploy\t ", 80))
        .isEqualTo("rolled back the deploy");
  }

  @Test
  void oneLineCutsLongTextWithAnEllipsis() {
    assertThat(SlackMarkup.oneLine("abcdefghij", 10)).isEqualTo("abcdefghij");
    assertThat(SlackMarkup.oneLine("abcdefghijk", 10)).isEqualTo("abcdefghi…").hasSize(10);
    assertThat(SlackMarkup.oneLine("rolled back the deploy", 12)).isEqualTo("rolled back…");
  }

  @Test
  void oneLineNeverSplitsAnEmoji() {
    assertThat(SlackMarkup.oneLine("🔥🔥🔥🔥", 3)).isEqualTo("🔥🔥…");
  }

  @Test
  void oneLineEscapesTablePipes() {
    assertThat(SlackMarkup.oneLine("a | b", 80)).isEqualTo("a \\| b");
  }

  @Test
  void oneLineNeedsRoomForAtLeastOneCharacter() {
    assertThatThrownBy(() -> SlackMarkup.oneLine("x", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
