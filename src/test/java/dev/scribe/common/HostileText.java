package dev.scribe.common;

import java.util.List;
import java.util.Random;

/**
 * Text typed to break things, from a seed: mentions and broadcasts (live, escaped and
 * double-escaped), pipes and every kind of line break, backtick runs and fences, HTML, Markdown
 * block syntax, Mermaid directives, emoji, direction marks, long runs. NUL is left out: what
 * storage does with it is decided elsewhere.
 */
public final class HostileText {

  /** Users the fragments mention; tests can give them names. */
  public static final String TARGET = "U0TARGET";

  static final List<String> FRAGMENTS =
      List.of(
          "<!here>",
          "<!channel>",
          "<!everyone>",
          "<!group>",
          "<!here|here>",
          "<!channel|@channel>",
          "<!subteam^S0ONCALL|@oncall>",
          "<!subteam^S0OPS>",
          "<@" + TARGET + ">",
          "<@" + TARGET + "|victim>",
          "<@W0GRID>",
          "&lt;!here&gt;",
          "&lt;!channel&gt;",
          "&amp;lt;!everyone&amp;gt;",
          "&lt;@" + TARGET + "&gt;",
          "<!here",
          "<",
          ">",
          "&",
          "&amp;",
          "&copy;",
          "&#60;",
          "@here",
          "@channel",
          "@everyone",
          "@oncall",
          "<#C0OTHER|general>",
          "<https://example.com/a?b=1&amp;c=2|the graph>",
          "<https://example.com/x_(y)>",
          "<javascript:alert(1)|click>",
          "<mailto:a@b.example|mail me>",
          "|",
          " | ",
          "||",
          "\\|",
          "\\",
          "\r",
          "\n",
          "\r\n",
          "\n\n",
          "\u2028",
          "\u2029",
          "\u0085",
          "\u000B",
          "\u000C",
          "\t",
          "`",
          "``",
          "```",
          "````",
          "```js\n",
          "~~~",
          "`code | pipe`",
          "``a`b``",
          "<script>alert(1)</script>",
          "&lt;script&gt;alert(1)&lt;/script&gt;",
          "<img src=x onerror=alert(1)>",
          "<!-- comment",
          "<br>",
          "# heading",
          "###### six",
          "## ",
          "> quote",
          ">",
          "- item",
          "* item",
          "+ item",
          "1. item",
          "2) item",
          "---",
          "===",
          "***",
          "___",
          "    indented",
          "[link](javascript:alert(1))",
          "![img](https://t.example/p.png)",
          "![](@" + TARGET + ")",
          "[ref]: https://evil.example",
          "[^1]",
          "%%{init: {'theme':'dark'}}%%",
          "%%",
          ":",
          ";",
          "#",
          "\"",
          "'",
          "*bold*",
          "_it_",
          "~strike~",
          "🔥",
          "👩‍🚒",
          "\u200F",
          "\u200E",
          "\u202E",
          "\u2066",
          "שלום",
          "مرحبا",
          "\u0001",
          "\u007F",
          "\u009B",
          "\uFEFF",
          "$$",
          "{{incident.title}}",
          "{{#timeline.events}}",
          "title",
          "section",
          "plain words",
          " ");

  private final Random random;
  private final int longestRun;

  /**
   * @param longestRun how long a run of one character may get (parsers that judge the result can be
   *     slow on very long runs)
   */
  public HostileText(long seed, int longestRun) {
    this.random = new Random(seed);
    this.longestRun = longestRun;
  }

  /** A seed for this run: {@code -Dscribe.fuzz.seed=N} replays one; CI sets a fixed one. */
  public static long seed(long fallback) {
    return Long.getLong("scribe.fuzz.seed", fallback);
  }

  /** One to {@code maxFragments} fragments, sometimes with a long run or random characters. */
  public String next(int maxFragments) {
    StringBuilder text = new StringBuilder();
    int count = 1 + random.nextInt(maxFragments);
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(30);
      if (kind == 0) {
        String unit = pick(List.of("x", "|", "`", "#", "&lt;", "-", "🔥", "\n"));
        text.append(unit.repeat(1 + random.nextInt(longestRun)));
      } else if (kind == 1) {
        text.append(randomCharacters(1 + random.nextInt(12)));
      } else {
        text.append(pick(FRAGMENTS));
      }
    }
    return text.toString();
  }

  public <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Code points from all over Unicode: no NUL, no lone surrogates, no unassigned ones. */
  private String randomCharacters(int count) {
    StringBuilder out = new StringBuilder();
    while (out.length() < count) {
      int cp = random.nextBoolean() ? random.nextInt(0x3000) : random.nextInt(0x1FAFF);
      if (cp == 0 || Character.getType(cp) == Character.SURROGATE || !Character.isDefined(cp)) {
        continue;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }
}
