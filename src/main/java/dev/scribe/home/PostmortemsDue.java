package dev.scribe.home;

/**
 * Where App Home learns which post-mortems are due. Until post-mortems have a status of their own
 * (Draft → In Review → Final), "not Final" means: resolved, and no {@code /pm set status final}
 * recorded; this port is the one place to point at the real status once it exists.
 */
public interface PostmortemsDue {

  /** Resolved incidents whose post-mortem is not Final, most recently resolved first. */
  Page<PostmortemDue> resolvedNotFinal(String teamId, PageRequest page);
}
