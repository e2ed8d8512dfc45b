/** The {@code /pm} subcommands that declare, describe, resolve and reopen an incident. */
package dev.scribe.slack.incident;
