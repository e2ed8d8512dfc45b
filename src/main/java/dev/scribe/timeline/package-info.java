/** The incident timeline: events, markers, and the parser of what responders type. */
package dev.scribe.timeline;
