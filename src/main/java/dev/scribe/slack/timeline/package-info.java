/**
 * The timeline in Slack: {@code /pm event}, {@code edit}, {@code delete}, {@code timeline}, and
 * messages tagged with reactions (their words fetched after the acknowledgement).
 */
package dev.scribe.slack.timeline;
