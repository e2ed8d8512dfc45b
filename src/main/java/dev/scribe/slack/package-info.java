/**
 * The Slack adapter: the {@code /pm} listener and dispatcher, replies and errors, the HTTP server,
 * users as Slack knows them, and Slack's markup turned into Markdown. Subcommands live in the
 * subpackages named for what they work on.
 */
package dev.scribe.slack;
