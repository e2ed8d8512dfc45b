/**
 * Incidents: identity, severity, status and the fields a post-mortem is written from, and the
 * repository port. Their lifecycle is in {@code recording}.
 */
package dev.scribe.incident;
