package dev.scribe.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InertMrkdwnTest {

  private static final String J = InertMrkdwn.JOINER;
  private static final Function<String, Optional<String>> NAMES =
      id -> Optional.ofNullable(Map.of("U2", "bo").get(id));

  private static String inert(String mrkdwn) {
    return InertMrkdwn.of(mrkdwn, Set.of("U1"), NAMES);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '"',
      textBlock =
          """
          heads up <!here>                       ¦ heads up @~here
          <!channel> <!everyone> <!group>        ¦ @~channel @~everyone @~group
          <!here|here> <!channel|@channel>       ¦ @~here @~channel
          <!subteam^S1|@oncall> paged            ¦ @~oncall paged
          <!subteam^S1> paged                    ¦ @~S1 paged
          <@U2> acked                            ¦ @~bo acked
          <@U2|old> acked                        ¦ @~old acked
          <@U3> acked                            ¦ @~U3 acked
          <@U3|dana> acked                       ¦ @~dana acked
          by <@U1>                               ¦ by <@U1>
          by <@U1|me>                            ¦ by <@U1>
          in <#C1|ops> see <https://x.io/a?b=1&amp;c|graph> ¦ in <#C1|ops> see <https://x.io/a?b=1&amp;c|graph>
          <mailto:a@b.io|mail> <!date^1392734382^{date_short}|Feb 18> ¦ <mailto:a@b.io|mail> <!date^1392734382^{date_short}|Feb 18>
          typed &lt;!here&gt; literally           ¦ typed &lt;!here&gt; literally
          typed &amp;lt;!here&amp;gt;            ¦ typed &amp;lt;!here&amp;gt;
          <javascript:alert(1)|click>            ¦ &lt;javascript:alert(1)|click&gt;
          <<!here>                               ¦ &lt;@~here
          a > b                                  ¦ a &gt; b
          plain @here and @Channel               ¦ plain @~here and @~Channel
          mail ops@here.example, x@everyone      ¦ mail ops@here.example, x@everyone
          <!foo|bar>                             ¦ &lt;!foo|bar&gt;
          """)
  void mentionsAndBroadcastsBecomeWordsThatNotifyNobody(String mrkdwn, String expected) {
    assertThat(inert(mrkdwn)).isEqualTo(expected.replace("~", J));
  }

  @Test
  void aNameIsEscapedSoItCannotOpenAToken() {
    assertThat(InertMrkdwn.of("<@U9>", Set.of(), id -> Optional.of("<!here> & co")))
        .isEqualTo("@" + J + "&lt;!here&gt; &amp; co");
  }

  @Test
  void runningItTwiceChangesNothing() {
    String once = inert("<!here> <@U2> &lt;x&gt; <https://x.io|y> plain @channel");

    assertThat(inert(once)).isEqualTo(once);
  }

  @Test
  void escapeShowsTextAsWritten() {
    assertThat(InertMrkdwn.escape("<!here> & <@U1>")).isEqualTo("&lt;!here&gt; &amp; &lt;@U1&gt;");
  }
}
