package dev.scribe.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.common.UserFacingException;
import dev.scribe.postmortem.CompositeTemplateCatalog;
import dev.scribe.postmortem.DraftFixtures;
import dev.scribe.postmortem.DraftService;
import dev.scribe.postmortem.DraftTemplate;
import dev.scribe.postmortem.TemplateCatalog;
import dev.scribe.postmortem.TemplateInfo;
import dev.scribe.slack.SlackEventText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCatalogTest {

  @TempDir Path dir;

  @Test
  void theBuiltInTemplatesAreListedWithADescription() {
    List<TemplateInfo> list = new BuiltInTemplateCatalog().list();

    assertThat(list)
        .extracting(TemplateInfo::name)
        .containsExactly("full", "aws", "leanup", "brief");
    assertThat(list).allSatisfy(t -> assertThat(t.description()).isNotBlank().doesNotContain("\n"));
  }

  @Test
  void anUnknownNameListsTheAvailableTemplates() {
    assertThatThrownBy(() -> Drafts.service().markdown(DraftFixtures.source(), "fancy"))
        .isInstanceOf(UserFacingException.class)
        .hasMessage(
            "There is no draft template called `fancy`. Available: `full`, `aws`, `leanup`, `brief`.");
  }

  @Test
  void noNameMeansTheFullTemplate() {
    DraftService service = Drafts.service();

    assertThat(service.markdown(DraftFixtures.source(), " "))
        .isEqualTo(service.markdown(DraftFixtures.source(), "FULL"))
        .startsWith("# Post-mortem: ");
  }

  @Test
  void aTeamTemplateFromADirectoryGetsTheSameViewModel() throws IOException {
    Files.writeString(
        dir.resolve("ours.mustache"),
        "{{! Our one-pager }}\n# {{incident.id}} <{{incident.title}}>\n"
            + "{{#metrics}}- {{name}}: {{value}}\n{{/metrics}}{{field.lessons.block}}\n");
    DraftService service =
        new DraftService(
            new CompositeTemplateCatalog(
                new DirectoryTemplateCatalog(dir), new BuiltInTemplateCatalog()),
            new MustacheDraftRenderer(),
            new TimelineImageRenderer(),
            new SlackEventText());

    String draft = service.markdown(DraftFixtures.source(), "ours");

    assertThat(draft)
        .startsWith("# INC-2026-014 <Checkout returns 500s for EU customers>\n")
        .contains("- time to detect (MTTD): 7 min\n")
        .contains("> ✍️ _To fill in: lessons learned");
    assertThat(service.templateListing())
        .startsWith("• `ours` — Our one-pager\n")
        .contains("• `full` (default) — The complete review");
  }

  @Test
  void aDirectoryTemplateCanReplaceABuiltInOne() throws IOException {
    Files.writeString(dir.resolve("brief.mustache"), "ours: {{incident.id}}");
    TemplateCatalog catalog =
        new CompositeTemplateCatalog(
            new DirectoryTemplateCatalog(dir), new BuiltInTemplateCatalog());

    assertThat(catalog.load("brief").source()).isEqualTo("ours: {{incident.id}}");
    assertThat(catalog.list())
        .extracting(TemplateInfo::name)
        .containsExactly("brief", "full", "aws", "leanup");
  }

  @Test
  void namesThatAreNotPlainFileNamesNeverReachTheFileSystem() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), "x");
    Files.writeString(dir.resolve("Bad Name.mustache"), "x");
    DirectoryTemplateCatalog catalog = new DirectoryTemplateCatalog(dir.resolve("."));

    assertThat(catalog.find("../secret")).isEmpty();
    assertThat(catalog.find("secret.txt")).isEmpty();
    assertThat(catalog.list()).isEmpty();
  }

  @Test
  void aDirectoryThatDoesNotExistIsRefusedAtStart() {
    assertThatThrownBy(() -> new DirectoryTemplateCatalog(dir.resolve("missing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing");
  }

  @Test
  void aStoredTemplateSourcePlugsInThroughThePort() {
    TemplateCatalog stored =
        new TemplateCatalog() {
          @Override
          public List<TemplateInfo> list() {
            return List.of(new TemplateInfo("db", "from the database"));
          }

          @Override
          public Optional<DraftTemplate> find(String name) {
            return name.equals("db")
                ? Optional.of(DraftTemplate.of("db", "{{timeline.count}} events"))
                : Optional.empty();
          }
        };
    DraftService service =
        new DraftService(
            new CompositeTemplateCatalog(stored, new BuiltInTemplateCatalog()),
            new MustacheDraftRenderer(),
            new TimelineImageRenderer(),
            new SlackEventText());

    assertThat(service.markdown(DraftFixtures.source(), "db")).isEqualTo("9 events");
  }

  @Test
  void aBrokenTemplateIsReportedToTheUser() throws IOException {
    Files.writeString(dir.resolve("broken.mustache"), "{{#timeline.events}} never closed");
    DraftService service =
        new DraftService(
            new DirectoryTemplateCatalog(dir),
            new MustacheDraftRenderer(),
            new TimelineImageRenderer(),
            new SlackEventText());

    assertThatThrownBy(() -> service.markdown(DraftFixtures.source(), "broken"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageStartingWith("The draft template `broken` has a syntax error");
  }

  @Test
  void listIsReservedForListingTemplates() {
    assertThat(DraftService.isListRequest(" List ")).isTrue();
    assertThat(DraftService.isListRequest("full")).isFalse();
    assertThat(DraftTemplate.isValidName("list")).isFalse();
  }
}
