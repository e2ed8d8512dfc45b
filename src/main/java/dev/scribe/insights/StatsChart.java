package dev.scribe.insights;

/** Draws the distribution of every metric of a report as a picture. */
public interface StatsChart {

  /** A PNG of the report's metrics over all its incidents. */
  byte[] png(StatsReport report);
}
