package dev.scribe.common;

import java.util.Collection;

/**
 * Told after a commit that changed what people see in Scribe's App Home, so their views can be
 * brought up to date. Implementations only take note and return at once: the work they start runs
 * later, never on the caller's thread.
 */
public interface ChangeNotices {

  /** These users' own action items changed: recorded, edited, closed, snoozed or moved. */
  void itemsChanged(String teamId, Collection<String> userIds);

  /** The workspace's incidents changed: declared, resolved, reopened, renamed, a new event. */
  void incidentsChanged(String teamId);

  /** Notices nobody listens to (command-line tools, tests of a single service). */
  ChangeNotices NONE =
      new ChangeNotices() {
        @Override
        public void itemsChanged(String teamId, Collection<String> userIds) {}

        @Override
        public void incidentsChanged(String teamId) {}
      };
}
