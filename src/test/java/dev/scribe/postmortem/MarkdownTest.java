package dev.scribe.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.common.HostileText;
import dev.scribe.common.TextPart;
import dev.scribe.render.MarkdownShape;
import dev.scribe.slack.SlackMarkup;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTest {

  private static String inline(String slack) {
    return Markdown.inline(SlackMarkup.parts(slack));
  }

  private static String block(String slack) {
    return Markdown.block(SlackMarkup.parts(slack));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '"',
      textBlock =
          """
          a | b                        ¦ a \\| b
          C:\\temp\\|x                   ¦ C:\\\\temp\\\\\\|x
          &lt;script&gt;x&lt;/script&gt; ¦ &lt;script>x&lt;/script>
          a &lt; b, p &lt;5%, x &lt;= y ¦ a < b, p <5%, x <= y
          &amp;lt;!here&amp;gt;        ¦ &amp;lt;!here&amp;gt;
          R&amp;D &amp;copy;           ¦ R&D &amp;copy;
          # not a heading              ¦ \\# not a heading
          ###### six                   ¦ \\###### six
          #ops is fine                 ¦ #ops is fine
          > not a quote                ¦ \\> not a quote
          - not a list                 ¦ \\- not a list
          * not a list                 ¦ \\* not a list
          *bold* stays                 ¦ *bold* stays
          -5% errors                   ¦ -5% errors
          1. not a list                ¦ 1\\. not a list
          2026) year                   ¦ 2026\\) year
          ---                          ¦ \\---
          ===                          ¦ \\===
          ~~~                          ¦ \\~~~
          ~12,000                      ¦ ~12,000
          ```js                        ¦ \\`\\`\\`js
          run `kubectl get pods` now   ¦ run `kubectl get pods` now
          `a|b`                        ¦ `a`\\|`b`
          ``a`b``                      ¦ ``a`b``
          one ` lone                   ¦ one \\` lone
          [link](javascript:alert(1))  ¦ \\[link](javascript:alert(1))
          ![img](https://t.example/p)  ¦ !\\[img](https://t.example/p)
          Plan B #                     ¦ Plan B \\#
          see <https://x.io/a|the graph> ¦ see [the graph](https://x.io/a)
          <https://x.io/a_(b)|g[1]>    ¦ [g\\[1\\]](https://x.io/a_%28b%29)
          <https://x.io/a?b=1&amp;c=2> ¦ https://x.io/a?b=1&c=2
          <javascript:alert(1)|click>  ¦ click
          <!here> and <@U1|ana>        ¦ @here and @ana
          """)
  void oneLineOfUserTextStaysOneLineOfText(String slack, String markdown) {
    assertThat(inline(slack)).isEqualTo(markdown);
  }

  @Test
  void everyKindOfLineBreakIsACellBreak() {
    assertThat(inline("a\rb\nc\r\nd\u2028e\u2029f\u0085g"))
        .isEqualTo("a<br>b<br>c<br>d<br>e<br>f<br>g");
    assertThat(inline("\n\n  padded  \n")).isEqualTo("padded");
  }

  @Test
  void controlCharactersBecomeSpaces() {
    assertThat(inline("a\u0001b\u007Fc\u009Bd\te")).isEqualTo("a b c d e");
  }

  @Test
  void aCodeSpanKeepsItsContentAsWritten() {
    assertThat(inline("`&lt;b&gt;&amp;&lt;/b&gt;`")).isEqualTo("`<b>&</b>`");
    assertThat(inline("``` one line ```")).isEqualTo("` one line `");
  }

  @Test
  void paragraphsKeepTheirLinesAndCannotOpenBlocks() {
    assertThat(block("first\nsecond\n\n\n# third\n```\ncode\n```"))
        .isEqualTo("first\\\nsecond\n\n\\# third\\\n\\`\\`\\`\\\ncode\\\n\\`\\`\\`");
    assertThat(block("\n \n")).isEmpty();
  }

  @Test
  void itemsSplitAtLineBreaksAndSemicolonsButNotInsideEntitiesOrLinks() {
    assertThat(Markdown.items(SlackMarkup.parts("R&amp;D; ops\r- <https://x.io/a;b|c;d>\n\n")))
        .containsExactly("R&D", "ops", "\\- [c;d](https://x.io/a;b)");
  }

  @Test
  void mermaidLabelsHaveNoMermaidSyntax() {
    String label =
        Markdown.mermaid(
            SlackMarkup.parts("%%%{init: {'theme':'dark'}}%%; a \"b\" #1 `c` &lt;img&gt; &amp;lt;"),
            200);

    assertThat(label)
        .doesNotContain("%%", ":", ";", "#", "\"", "`", "<", "&lt;")
        .isEqualTo("%{init∶ {'theme'∶'dark'}}%, a 'b' ＃1 'c' ‹img> ＆lt,");
  }

  @Test
  void labelsAreCutByCodePointsNotHalfwayThroughAnEmoji() {
    assertThat(Markdown.cut("🔥🔥🔥🔥", 3)).isEqualTo("🔥🔥…");
    assertThat(Markdown.mermaid(SlackMarkup.parts("🔥".repeat(80)), 50)).hasSize(49 * 2 + 1);
  }

  @Test
  void pictureTextIsOneLineWithoutControlsOrDirectionOverrides() {
    assertThat(Markdown.picture(SlackMarkup.parts("a\r\nb\u202Ec\u2066d\u200Fe <https://x.io|f>")))
        .isEqualTo("a bcd\u200Fe f");
  }

  /**
   * Seeded random hostile text in every context of a small document: the document keeps its shape.
   * Replay a failure with {@code -Dscribe.fuzz.seed=N}.
   */
  @Test
  void noTextChangesTheShapeOfTheDocumentAroundIt() {
    long seed = HostileText.seed(20261121L);
    HostileText hostile = new HostileText(seed, 300);
    MarkdownShape benign = MarkdownShape.of(document(List.of(new TextPart.Words("x"))));
    assertThat(benign.wellFormed()).isTrue();

    for (int run = 0; run < 400; run++) {
      String text = hostile.next(8);
      String doc = document(SlackMarkup.parts(text));
      MarkdownShape shape = MarkdownShape.of(doc);

      assertThat(shape.problems()).as("seed %d, run %d: %s", seed, run, text).isEmpty();
      assertThat(shape.structure())
          .as("seed %d, run %d: %s", seed, run, text)
          .isEqualTo(benign.structure());
      assertThat(shape.outsideCode()).as("seed %d, run %d", seed, run).doesNotContain("<!", "<@");
      assertThat(Markdown.mermaid(SlackMarkup.parts(text), 50))
          .as("seed %d, run %d", seed, run)
          .doesNotContain("%%", ":", ";", "#", "\n", "`");
      assertThat(shape.links())
          .as("seed %d, run %d", seed, run)
          .allMatch(url -> url.startsWith("https://") || url.startsWith("mailto:"));
    }
  }

  /** Every place a value can land, with the same value. */
  private static String document(List<TextPart> parts) {
    String inline = Markdown.inline(parts);
    String items = String.join("\n", Markdown.items(parts).stream().map(i -> "1. " + i).toList());
    return "# Post-mortem: "
        + inline
        + "\n\n| a | b | c |\n|---|---|---|\n| 1 | "
        + inline
        + " | 3 |\n| **"
        + inline
        + "** | `x` | "
        + inline
        + " |\n\n- "
        + inline
        + "\n- **"
        + inline
        + "** — roles\n\n> "
        + inline
        + "\n\nText “"
        + inline
        + "” ends here.\n\n"
        + Markdown.block(parts)
        + "\n\n"
        + (items.isEmpty() ? "" : items + "\n\n")
        + "```mermaid\ntimeline\n    section day\n        10∶00 : T1 impact — "
        + Markdown.mermaid(parts, 50)
        + "\n```\n\n## End\n";
  }
}
