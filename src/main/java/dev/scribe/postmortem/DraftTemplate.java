package dev.scribe.postmortem;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft template: its name (what follows {@code /pm draft}), a one-line description and its
 * mustache source.
 */
public record DraftTemplate(String name, String description, String source) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

  /** A leading mustache comment, {@code {{! one line on what the template is for }}}. */
  private static final Pattern LEADING_COMMENT = Pattern.compile("\\A\\s*\\{\\{!\\s*(.*?)\\s*}}");

  /** The word {@code /pm draft list} uses, so no template may take it. */
  static final String RESERVED = "list";

  public DraftTemplate {
    name = normalName(name);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
  }

  /** A template whose description is the first line of its leading mustache comment. */
  public static DraftTemplate of(String name, String source) {
    Matcher m = LEADING_COMMENT.matcher(source);
    String description = m.find() ? m.group(1).lines().findFirst().orElse("").strip() : "";
    return new DraftTemplate(name, description.isEmpty() ? "custom template" : description, source);
  }

  /** True when the word can name a template: lowercase letters, digits, '-' and '_'. */
  public static boolean isValidName(String name) {
    return name != null
        && NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()
        && !RESERVED.equals(name.toLowerCase(Locale.ROOT));
  }

  public TemplateInfo info() {
    return new TemplateInfo(name, description);
  }

  private static String normalName(String name) {
    if (!isValidName(name)) {
      throw new IllegalArgumentException(
          "template names are 1-40 lowercase letters, digits, '-' or '_' (not 'list'): " + name);
    }
    return name.toLowerCase(Locale.ROOT);
  }
}
