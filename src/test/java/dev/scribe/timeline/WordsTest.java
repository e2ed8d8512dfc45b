package dev.scribe.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void whiteSpaceIsExactlyWhatAUnicodeRegexCallsWhiteSpace() {
    Pattern space = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Words.isSpace(c))
          .as("U+%04X", (int) c)
          .isEqualTo(space.matcher(String.valueOf(c)).matches());
    }
  }

  @Test
  void wordsAreSplitOnAnyWhiteSpaceAndTheRestKeepsItsLineBreaks() {
    Words words = new Words("\u00a0 14:03\u202fack:\tpaged on-call\nthen  waited \u3000");

    assertThat(words.peek()).contains("14:03");
    assertThat(words.peek(1)).contains("ack:");
    words.skip(2);
    assertThat(words.rest()).isEqualTo("paged on-call\nthen  waited");
    assertThat(words.consumedSince(0)).isEqualTo("14:03 ack:");
  }

  @Test
  void stripRemovesNoBreakSpacesAtBothEndsOnly() {
    assertThat(Words.strip("\u00a0\u2007 a\u00a0b \u202f\n")).isEqualTo("a\u00a0b");
    assertThat(Words.strip(" \t ")).isEmpty();
    assertThat(new Words(" \u2028 ").atEnd()).isTrue();
  }

  @Test
  void lettersOutsideTheBasicPlaneStayInsideTheirWord() {
    Words words = new Words("\ud83d\udd25fire \ud83d\udca7water");

    assertThat(words.peek()).contains("\ud83d\udd25fire");
    assertThat(words.peek(1)).contains("\ud83d\udca7water");
  }
}
