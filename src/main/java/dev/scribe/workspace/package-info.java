/** Per-workspace settings: where confirmations go, and which reactions stand for which markers. */
package dev.scribe.workspace;
