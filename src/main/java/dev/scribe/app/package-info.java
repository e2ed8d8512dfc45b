/**
 * The composition root: {@link dev.scribe.app.Scribe} builds the database, repositories and
 * services; {@link dev.scribe.app.ScribeApp} the Slack app over them. Nothing else uses {@code new}
 * on a service or an adapter, and no other package depends on this one except the entry points.
 */
package dev.scribe.app;
