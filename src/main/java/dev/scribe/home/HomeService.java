package dev.scribe.home;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** What App Home shows a person, the pages they turn, and whose views to bring up to date. */
public final class HomeService {

  /** Two blocks an item (the line and its buttons): the lists together stay far under 100. */
  public static final int ITEMS_PER_PAGE = 8;

  public static final int INCIDENTS_PER_PAGE = 10;
  public static final int POSTMORTEMS_PER_PAGE = 8;

  /** Views of people who opened App Home this recently follow changes to the incidents. */
  public static final Duration RECENT = Duration.ofDays(7);

  /** At most this many views are re-published for one change to a workspace's incidents. */
  public static final int MOST_REFRESHED = 50;

  private final HomeQueries queries;
  private final PostmortemsDue postmortems;
  private final HomeViewers viewers;
  private final Clock clock;

  public HomeService(
      HomeQueries queries, PostmortemsDue postmortems, HomeViewers viewers, Clock clock) {
    this.queries = queries;
    this.postmortems = postmortems;
    this.viewers = viewers;
    this.clock = clock;
  }

  /** The user opened App Home. */
  public void opened(String teamId, String userId) {
    viewers.opened(teamId, userId, clock.instant());
  }

  /** True once the user has opened App Home: only then is there a view to keep up to date. */
  public boolean hasHome(String teamId, String userId) {
    return viewers.pages(teamId, userId).isPresent();
  }

  /** Moves one list of the user's App Home to another page. */
  public void turn(String teamId, String userId, HomeSection section, int page) {
    HomePages pages = viewers.pages(teamId, userId).orElse(HomePages.FIRST);
    viewers.turnTo(teamId, userId, pages.with(section, Math.max(0, page)));
  }

  /** What the user's App Home shows now; a page emptied by changes falls back to the last one. */
  public HomeSnapshot snapshot(String teamId, String userId) {
    HomePages pages = viewers.pages(teamId, userId).orElse(HomePages.FIRST);
    return new HomeSnapshot(
        read(p -> queries.openItemsOwnedBy(teamId, userId, p), pages.items(), ITEMS_PER_PAGE),
        read(p -> queries.openIncidents(teamId, p), pages.incidents(), INCIDENTS_PER_PAGE),
        read(
            p -> postmortems.resolvedNotFinal(teamId, p),
            pages.postmortems(),
            POSTMORTEMS_PER_PAGE));
  }

  /** Who should see a change to the workspace's incidents: recent viewers, most recent first. */
  public List<String> recentViewers(String teamId) {
    return viewers.openedSince(teamId, clock.instant().minus(RECENT), MOST_REFRESHED);
  }

  private static <T> Page<T> read(Function<PageRequest, Page<T>> query, int page, int size) {
    Page<T> read = query.apply(new PageRequest(page, size));
    if (read.rows().isEmpty() && page > 0) {
      return query.apply(new PageRequest(Page.lastPage(read.total(), size), size));
    }
    return read;
  }
}
