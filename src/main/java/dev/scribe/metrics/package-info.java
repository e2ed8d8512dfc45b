/** Pure functions from a timeline to its markers and the durations between them. */
package dev.scribe.metrics;
