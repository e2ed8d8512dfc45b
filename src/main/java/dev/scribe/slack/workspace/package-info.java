/** {@code /pm config}: a workspace's own settings (where confirmations go, reaction markers). */
package dev.scribe.slack.workspace;
