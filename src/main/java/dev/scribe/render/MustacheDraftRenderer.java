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
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills draft templates with mustache.java. Each template is compiled once (per source text, so an
 * edited stored template is compiled again) and HTML escaping is off: the output is Markdown, and
 * the view model's strings are already escaped for where they land. Every draft stays within its
 * {@link DraftLimits}: a template over them is refused with a message saying which, never run until
 * the heap is gone.
 */
public final class MustacheDraftRenderer implements DraftRenderer {

  /** Bounds the cache when stored templates are edited over and over. */
  private static final int MAX_COMPILED = 64;

  private static final String TEMPLATE_HELP =
      "Keep lists out of other lists, or use a built-in template (`/pm draft list`).";

  private final DraftLimits limits;
  private final ThreadLocal<RenderBudget> budget = new ThreadLocal<>();
  private final DefaultMustacheFactory factory = new MarkdownMustacheFactory();
  private final Map<DraftTemplate, Mustache> compiled = new ConcurrentHashMap<>();

  public MustacheDraftRenderer(DraftLimits limits) {
    this.limits = limits;
    factory.setObjectHandler(new ViewModelObjectHandler(budget::get));
  }

  public MustacheDraftRenderer() {
    this(DraftLimits.DEFAULT);
  }

  @Override
  public String render(DraftTemplate template, DraftView view) {
    Mustache mustache = compiled.get(template);
    if (mustache == null) {
      if (compiled.size() >= MAX_COMPILED) {
        compiled.clear();
      }
      mustache = compiled.computeIfAbsent(template, this::compile);
    }
    RenderBudget spent = new RenderBudget(limits, System.nanoTime());
    BoundedWriter out = new BoundedWriter(spent);
    budget.set(spent);
    try {
      mustache.execute(out, view).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw problem(template, e);
    } finally {
      budget.remove();
    }
    // The leading description comment leaves an empty first line behind.
    return out.toString().stripLeading();
  }

  private static RuntimeException problem(DraftTemplate template, RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RenderBudget.OverLimit over) {
        return new UserFacingException(
            "The draft template `"
                + template.name()
                + "` was stopped: "
                + over.getMessage()
                + ". "
                + TEMPLATE_HELP,
            "/pm draft full");
      }
    }
    if (e instanceof MustacheException) {
      return new UserFacingException(
          "The draft template `" + template.name() + "` failed: " + e.getMessage(), null);
    }
    return e;
  }

  private Mustache compile(DraftTemplate template) {
    String source = template.source();
    if (source.length() > limits.maxSourceChars()) {
      throw new UserFacingException(
          "The draft template `"
              + template.name()
              + "` is "
              + String.format("%,d", source.length())
              + " characters long; templates may have up to "
              + String.format("%,d", limits.maxSourceChars())
              + ".");
    }
    int depth = SectionDepth.of(source);
    if (depth > limits.maxSectionDepth()) {
      throw new UserFacingException(
          "The draft template `"
              + template.name()
              + "` nests sections "
              + depth
              + " deep; templates may nest them up to "
              + limits.maxSectionDepth()
              + " deep. "
              + TEMPLATE_HELP);
    }
    try {
      return factory.compile(new StringReader(source), template.name());
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
