/**
 * Background work inside {@code serve}: the reminder sweep on its schedule, and the outbox's
 * deliverer.
 */
package dev.scribe.schedule;
