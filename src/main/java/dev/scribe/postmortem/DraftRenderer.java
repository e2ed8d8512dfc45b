package dev.scribe.postmortem;

/** Fills a template with a draft's view model. */
public interface DraftRenderer {

  /** The template filled with the view, as Markdown. */
  String render(DraftTemplate template, DraftView view);
}
