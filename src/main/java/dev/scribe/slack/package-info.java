/**
 * The Slack adapter: Bolt listeners, the {@code /pm} dispatcher, Block Kit builders, the HTTP
 * server.
 */
package dev.scribe.slack;
