/** {@code /pm draft}: the post-mortem draft, uploaded to the incident channel. */
package dev.scribe.slack.drafts;
