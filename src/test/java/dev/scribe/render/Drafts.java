package dev.scribe.render;

import dev.scribe.postmortem.DraftService;
import dev.scribe.slack.SlackEventText;

/** The draft service wired as in production, with the built-in templates. */
final class Drafts {

  private Drafts() {}

  static DraftService service() {
    return service(new MustacheDraftRenderer());
  }

  static DraftService service(MustacheDraftRenderer renderer) {
    return new DraftService(
        new BuiltInTemplateCatalog(), renderer, new TimelineImageRenderer(), new SlackEventText());
  }
}
