/** {@code /pm stats}: metrics across incidents, as a table in Slack and a chart after it. */
package dev.scribe.slack.insights;
