/**
 * What a person's App Home shows: their open action items, the workspace's open incidents and the
 * post-mortems still due, a page at a time, and who looks at it.
 */
package dev.scribe.home;
