package dev.scribe.actions;

import java.time.Instant;
import java.util.List;

/** Where the reminder sweep finds the post-mortems that are late. */
public interface LatePostmortems {

  /**
   * Every workspace's incidents resolved since {@code since} whose post-mortem is not Final, with
   * each workspace's due setting: the sweep serves every workspace. Its cost follows the incidents
   * resolved in that window, not the table.
   */
  List<DuePostmortem> notFinalResolvedSince(Instant since);

  /** None: for a sweep of action items alone. */
  static LatePostmortems none() {
    return since -> List.of();
  }
}
