package dev.scribe.postmortem;

/** Fills a template with a draft's view model. */
public interface DraftRenderer {

  /** The template filled with the view, as Markdown. */
  String render(DraftTemplate template, DraftView view);

  /** Compiles a template without rendering it: a syntax error is a {@code UserFacingException}. */
  void check(DraftTemplate template);
}
