/** The reminder loop: runs the sweep on a schedule inside {@code serve}. */
package dev.scribe.schedule;
