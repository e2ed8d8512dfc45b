/** {@code /pm review} and {@code /pm approve}: a post-mortem's way to Final, in Slack. */
package dev.scribe.slack.review;
