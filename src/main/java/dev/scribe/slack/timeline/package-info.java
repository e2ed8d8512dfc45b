/** The {@code /pm} subcommands that declare incidents and record, show and correct the timeline. */
package dev.scribe.slack.timeline;
