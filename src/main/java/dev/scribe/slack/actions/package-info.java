/**
 * Action items in Slack: the {@code /pm action} commands, reminder messages, their buttons and
 * modal.
 */
package dev.scribe.slack.actions;
