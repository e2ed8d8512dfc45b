package dev.scribe.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import dev.scribe.common.UserFacingException;
import dev.scribe.postmortem.DraftRenderer;
import dev.scribe.postmortem.DraftTemplate;
import dev.scribe.postmortem.DraftView;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills draft templates with mustache.java. Each template is compiled once (per source text, so an
 * edited stored template is compiled again) and HTML escaping is off: the output is Markdown.
 */
public final class MustacheDraftRenderer implements DraftRenderer {

  /** Bounds the cache when stored templates are edited over and over. */
  private static final int MAX_COMPILED = 64;

  private final DefaultMustacheFactory factory = new MarkdownMustacheFactory();
  private final Map<DraftTemplate, Mustache> compiled = new ConcurrentHashMap<>();

  @Override
  public String render(DraftTemplate template, DraftView view) {
    Mustache mustache = compiled.get(template);
    if (mustache == null) {
      if (compiled.size() >= MAX_COMPILED) {
        compiled.clear();
      }
      mustache = compiled.computeIfAbsent(template, this::compile);
    }
    StringWriter out = new StringWriter(64 * 1024);
    try {
      mustache.execute(out, view).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MustacheException e) {
      throw new UserFacingException(
          "The draft template `" + template.name() + "` failed: " + e.getMessage(), null);
    }
    // The leading description comment leaves an empty first line behind.
    return out.toString().stripLeading();
  }

  @Override
  public void check(DraftTemplate template) {
    compile(template);
  }

  private Mustache compile(DraftTemplate template) {
    try {
      return factory.compile(new StringReader(template.source()), template.name());
    } catch (MustacheException e) {
      throw new UserFacingException(
          "The draft template `" + template.name() + "` has a syntax error: " + e.getMessage(),
          null);
    }
  }

  /**
   * Writes values as they are: Markdown, not HTML. Partials ({@code {{> name}}}) are refused: the
   * default resolver would read them from the classpath and the working directory, so a stored
   * template could post any file the server can read (its database, a {@code .env}) to Slack.
   */
  private static final class MarkdownMustacheFactory extends DefaultMustacheFactory {
    MarkdownMustacheFactory() {
      super(
          name -> {
            throw new MustacheException(
                "templates cannot include other files ({{> " + name + "}})");
          });
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
