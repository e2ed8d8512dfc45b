package dev.scribe.postmortem;

/** Draws the incident timeline as a picture. */
public interface TimelineImager {

  /** The chart as PNG bytes. */
  byte[] png(TimelineChart chart);
}
