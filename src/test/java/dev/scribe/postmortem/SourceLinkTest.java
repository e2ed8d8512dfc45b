package dev.scribe.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLinkTest {

  @Test
  void aSlackPermalinkIsKeptAsItIs() {
    String link = "https://acme.slack.com/archives/C0INC/p1795293480000000?thread_ts=1.2&cid=C0INC";
    assertThat(SourceLink.of(link)).isEqualTo(link);
  }

  @Test
  void charactersThatCouldEndTheLinkOrTheCellAreEncoded() {
    String shown = SourceLink.of("https://x.example/a)b|c d](e)`<script>\\\"é");
    assertThat(shown)
        .startsWith("https://x.example/a%29b%7Cc%20d%5D%28e%29%60%3Cscript%3E%5C%22%C3%A9")
        .doesNotContain(")", "(", "|", " ", "]", "[", "<", ">", "`", "\\", "\"");
  }

  @Test
  void onlyHttpsLinksAreLinks() {
    assertThat(SourceLink.of("javascript:alert(1)")).isEmpty();
    assertThat(SourceLink.of("http://acme.slack.com/archives/C1/p1")).isEmpty();
    assertThat(SourceLink.of(null)).isEmpty();
  }
}
