/** Incidents: identity, severity, lifecycle and the fields a post-mortem is written from. */
package dev.scribe.incident;
