package dev.scribe.home;

/** Where App Home learns which post-mortems are due: resolved, and not Final (see the review). */
public interface PostmortemsDue {

  /** Resolved incidents whose post-mortem is not Final, most recently resolved first. */
  Page<PostmortemDue> resolvedNotFinal(String teamId, PageRequest page);
}
