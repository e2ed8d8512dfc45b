package dev.scribe.review;

import java.time.Instant;

/** What changed in an incident, read from the history Scribe keeps of every change. */
public interface ChangeLog {

  /** The changes made after {@code after} and up to {@code until}, both in UTC. */
  Changes between(String teamId, long incidentId, Instant after, Instant until);
}
