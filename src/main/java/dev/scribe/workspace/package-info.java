/**
 * Per-workspace settings and rules (where confirmations go, which reactions stand for which
 * markers, how long late events join a resolved incident, who may change them) and what Slack told
 * us of the workspace's users.
 */
package dev.scribe.workspace;
