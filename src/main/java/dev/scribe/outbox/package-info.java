/**
 * Messages Scribe owes people, kept durably until they are delivered once: the outbox, its kinds,
 * and the delivery of one claimed message.
 */
package dev.scribe.outbox;
