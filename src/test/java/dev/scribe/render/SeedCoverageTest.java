package dev.scribe.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.postmortem.DraftFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every section of each seed template has a heading in our draft. Our wording differs, so an
 * explicit table maps each seed heading to ours; a seed heading without a mapping fails, and so
 * does a mapping to a heading the draft lacks. A mapping ending in '*' matches a heading prefix.
 */
class SeedCoverageTest {

  private static final Path SEEDS = Path.of("..", "shared", "seeds");
  private static final String TITLE = "Checkout returns 500s for EU customers";

  private static final Map<String, String> FULL =
      Map.ofEntries(
          Map.entry("Post-Mortem", "Post-mortem: *"),
          Map.entry("Document History", "Document history"),
          Map.entry("Blameless Culture Statement", "A blameless review"),
          Map.entry("Incident Reference & Metadata", "Incident details"),
          Map.entry("Executive Summary", "Executive summary"),
          Map.entry("Impact Summary", "Impact"),
          Map.entry("Detailed Timeline", "Timeline"),
          Map.entry("Root Cause Analysis", "Root cause analysis"),
          Map.entry("5 Whys Analysis", "Five whys"),
          Map.entry("Contributing Factors", "Contributing factors"),
          Map.entry("Trigger Event", "Trigger"),
          Map.entry("What Went Well", "What went well"),
          Map.entry("What Went Wrong", "What went wrong"),
          Map.entry("Where We Got Lucky", "Where we got lucky"),
          Map.entry("Action Items", "Action items"),
          Map.entry("Short-Term Fixes (This Sprint)", "Short-term fixes"),
          Map.entry("Long-Term Improvements (Next Quarter)", "Long-term improvements"),
          Map.entry("Process Changes", "Process changes"),
          Map.entry("Follow-Up Tracking", "Follow-up tracking"),
          Map.entry("Recurrence Prevention", "Preventing a recurrence"),
          Map.entry("Review & Sign-Off", "Review and sign-off"),
          Map.entry("Related Documents", "Related documents"),
          Map.entry("Approval", "Approval"));

  private static final Map<String, String> AWS =
      Map.ofEntries(
          Map.entry("Post Mortem Template", TITLE),
          Map.entry("Title", TITLE),
          Map.entry("Incident date", "Incident date"),
          Map.entry("Owner", "Post-mortem owner"),
          Map.entry("Peer-review committee", "Peer reviewers"),
          Map.entry("Tags", "Tags"),
          Map.entry("Summary", "Summary"),
          Map.entry("Supporting data", "Supporting data"),
          Map.entry("Customer Impact", "Customer impact"),
          Map.entry("Incident Response Analysis", "How we responded"),
          Map.entry("Post-Incident Analysis", "After the incident"),
          Map.entry("Timeline", "Timeline"),
          Map.entry("Diving deep on contributing factors", "Contributing factors, in depth"),
          Map.entry("Lessons Learned", "Lessons learned"),
          Map.entry("Action items", "Action items"));

  private static final Map<String, String> LEANUP =
      Map.ofEntries(
          Map.entry("Post-Mortem Artefact", "Post-mortem artefact: *"),
          Map.entry("Summarize Facts", "The facts"),
          Map.entry("What led up", "What led up to it"),
          Map.entry("Failure details", "How it failed"),
          Map.entry("Degradation", "Degradation"),
          Map.entry("Notification", "Notification"),
          Map.entry("Follow-up", "Follow-up of the response"),
          Map.entry("Recovery", "Recovery"),
          Map.entry("Timeline", "Timeline"),
          Map.entry("Root Cause Analysis", "Root cause analysis"),
          Map.entry("Recommendations", "Recommendations"));

  private static final Map<String, String> BRIEF =
      Map.ofEntries(
          Map.entry("Incident Summary", "Incident summary"),
          Map.entry("Timeline of Events", "Timeline"),
          Map.entry("Root Cause Analysis", "Root cause"),
          Map.entry("Resolution and Recovery", "Resolution and recovery"),
          Map.entry("Preventive Actions", "Preventive actions"),
          Map.entry("Successes and Positive Outcomes", "What worked"));

  private static final Pattern NUMBERING = Pattern.compile("^\\d+(\\.\\d+)*\\.?\\s+");
  private static final Pattern CONTENTS_ROW =
      Pattern.compile("^\\|\\s*\\d+\\.\\s*\\|\\s*([^|]+?)\\s*\\|");
  private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\s+\\d+\\.\\s+(.+)$");

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("post-mortem-full-template.md", "full", FULL),
        Arguments.of("postmortem-template-aws-style.md", "aws", AWS),
        Arguments.of("leanup-post-mortem-artefact.md", "leanup", LEANUP),
        Arguments.of("writing-a-postmortem-report.md", "brief", BRIEF));
  }

  @ParameterizedTest(name = "{1} covers {0}")
  @MethodSource("seeds")
  void everySeedSectionHasAHeading(String seed, String template, Map<String, String> mapping)
      throws IOException {
    Set<String> seedHeadings = sections(template, Files.readAllLines(SEEDS.resolve(seed)));
    assertThat(mapping.keySet()).containsExactlyInAnyOrderElementsOf(seedHeadings);

    List<String> ours = headings(Drafts.service().markdown(DraftFixtures.source(), template));
    mapping.forEach(
        (seedHeading, ourHeading) ->
            assertThat(ours)
                .as("heading for seed section '%s'", seedHeading)
                .anyMatch(h -> matches(h, ourHeading)));
  }

  /**
   * The seed's sections: its Markdown headings; for the LeanUP artefact its title and the rows of
   * its contents table; for the report guide its numbered structure (the rest is commentary).
   */
  private static Set<String> sections(String template, List<String> lines) {
    Set<String> found = new LinkedHashSet<>();
    for (String line : lines) {
      if (template.equals("brief")) {
        Matcher item = NUMBERED_ITEM.matcher(line);
        if (item.matches()) {
          found.add(item.group(1).replaceAll("[^\\p{L}\\p{N} &,'-]", "").strip());
        }
        continue;
      }
      Matcher row = CONTENTS_ROW.matcher(line);
      if (template.equals("leanup") && row.find()) {
        found.add(row.group(1));
      } else if (line.startsWith("#") && (!template.equals("leanup") || line.startsWith("# "))) {
        found.add(headingText(line).replaceAll(":$", ""));
      }
    }
    return found;
  }

  private static List<String> headings(String markdown) {
    return markdown
        .lines()
        .filter(l -> l.startsWith("#"))
        .map(SeedCoverageTest::headingText)
        .toList();
  }

  private static String headingText(String line) {
    return NUMBERING.matcher(line.replaceFirst("^#+\\s*", "").strip()).replaceFirst("").strip();
  }

  private static boolean matches(String heading, String wanted) {
    String h = heading.toLowerCase(Locale.ROOT);
    String w = wanted.toLowerCase(Locale.ROOT);
    return w.endsWith("*") ? h.startsWith(w.substring(0, w.length() - 1)) : h.equals(w);
  }
}
