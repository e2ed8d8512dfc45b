/**
 * Per-workspace settings (where confirmations go, which reactions stand for which markers) and what
 * Slack told us of the workspace's users.
 */
package dev.scribe.workspace;
