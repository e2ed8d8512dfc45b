/**
 * Per-workspace settings and rules: where confirmations go, which reactions stand for which
 * markers, how long late events join a resolved incident, and who may change them.
 */
package dev.scribe.workspace;
