package dev.scribe.home;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who has looked at App Home, when last, and on which pages. Scoped by workspace. */
public interface HomeViewers {

  /** The user opened App Home now; their pages stay as they were. */
  void opened(String teamId, String userId, Instant at);

  /** The pages the user is on; empty if they never opened App Home. */
  Optional<HomePages> pages(String teamId, String userId);

  /** Moves the user to these pages. */
  void turnTo(String teamId, String userId, HomePages pages);

  /**
   * Users who opened App Home at {@code since} or later, most recent first, at most {@code limit}.
   */
  List<String> openedSince(String teamId, Instant since, int limit);
}
