/** Action items: ownership, due dates, priorities and the reminder policy. */
package dev.scribe.actions;
