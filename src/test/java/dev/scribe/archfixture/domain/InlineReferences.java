package dev.scribe.archfixture.domain;

/**
 * A "domain" class that reaches an adapter and a library by fully-qualified names, with no import
 * line: the architecture test must still see both.
 */
final class InlineReferences {

  private InlineReferences() {}

  static Object words(String text) {
    return dev.scribe.slack.SlackMarkup.parts(text);
  }

  static Object slack() {
    return com.slack.api.Slack.getInstance();
  }
}
