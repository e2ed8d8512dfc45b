package dev.scribe.postmortem;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Makes post-mortem drafts: Markdown from a template, a picture of the timeline, and the short
 * summary posted with them. Knows nothing of Slack or storage; callers bring a {@link DraftSource}.
 */
public final class DraftService {

  /** The template used when none is named. */
  public static final String DEFAULT_TEMPLATE = "full";

  private final TemplateCatalog catalog;
  private final DraftRenderer renderer;
  private final TimelineImager imager;
  private final DraftViews views;

  public DraftService(
      TemplateCatalog catalog, DraftRenderer renderer, TimelineImager imager, EventText eventText) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.imager = Objects.requireNonNull(imager, "imager");
    this.views = new DraftViews(Objects.requireNonNull(eventText, "eventText"));
  }

  /**
   * The draft as Markdown. A null or blank name means {@link #DEFAULT_TEMPLATE}; an unknown one is
   * a {@code UserFacingException} naming the available templates.
   */
  public String markdown(DraftSource source, String templateName) {
    DraftTemplate template = catalog.load(nameOrDefault(templateName));
    return renderer.render(template, views.build(source, template.name()));
  }

  /**
   * Tries a template before it is stored: it must compile and fill in a large sample incident
   * within the renderer's limits. A problem is a {@code UserFacingException} saying what is wrong.
   */
  public void check(DraftTemplate template) {
    renderer.render(template, views.build(SampleIncident.source(), template.name()));
  }

  /** The draft as Markdown, from the default template. */
  public String markdown(DraftSource source) {
    return markdown(source, DEFAULT_TEMPLATE);
  }

  /** The timeline picture: markers, other events, the impact window T1→T7, as PNG bytes. */
  public byte[] timelinePng(DraftSource source) {
    return imager.png(views.chart(source));
  }

  /** Two to four lines for Slack: the incident, its key metrics, and the counts. */
  public String summaryLine(DraftSource source) {
    return SummaryLine.of(views.build(source, DEFAULT_TEMPLATE), source);
  }

  /** The view model templates receive, for callers that render it themselves. */
  public DraftView view(DraftSource source, String templateName) {
    return views.build(source, nameOrDefault(templateName));
  }

  /** A template by name (for showing it); unknown names are a {@code UserFacingException}. */
  public DraftTemplate template(String name) {
    return catalog.load(nameOrDefault(name));
  }

  /** What {@code /pm draft list} shows: one line per template, the default marked. */
  public String templateListing() {
    return catalog.list().stream()
        .map(
            t ->
                "• `"
                    + t.name()
                    + "`"
                    + (t.name().equals(DEFAULT_TEMPLATE) ? " (default)" : "")
                    + " — "
                    + t.description())
        .collect(Collectors.joining("\n"));
  }

  /** True when the word after {@code /pm draft} asks for the list rather than a draft. */
  public static boolean isListRequest(String word) {
    return word != null && word.strip().equalsIgnoreCase(DraftTemplate.RESERVED);
  }

  private static String nameOrDefault(String name) {
    return name == null || name.isBlank()
        ? DEFAULT_TEMPLATE
        : name.strip().toLowerCase(Locale.ROOT);
  }
}
