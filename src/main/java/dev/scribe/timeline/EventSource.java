package dev.scribe.timeline;

/** How an event came to be on the timeline. */
public enum EventSource {
  /** Typed with {@code /pm event}, {@code /pm start}, {@code /pm resolve}… */
  COMMAND,
  /** A Slack message tagged with a mapped emoji reaction. */
  REACTION,
  /** A Slack message added with the "Add to incident timeline" message shortcut. */
  SHORTCUT,
  /** Recorded by Scribe itself. */
  SYSTEM
}
