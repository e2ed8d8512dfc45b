package dev.scribe.review;

import java.util.List;

/** Post-mortem reviews and their document history. Every method is scoped by workspace. */
public interface ReviewRepository {

  /** The post-mortem of the incident: {@link Review#none} when nothing has happened to it yet. */
  Review find(String teamId, long incidentId);

  /**
   * Like {@link #find}, and held until the caller's transaction ends, so that changes made at the
   * same moment (two approvals, two drafts) apply one after the other.
   */
  Review findForUpdate(String teamId, long incidentId);

  /** Stores the post-mortem's status, versions and reviewers. */
  void save(String teamId, Review review);

  /** Adds a line to the incident's document history. */
  void append(String teamId, long incidentId, HistoryEntry entry);

  /** The incident's document history, oldest first. */
  List<HistoryEntry> history(String teamId, long incidentId);
}
