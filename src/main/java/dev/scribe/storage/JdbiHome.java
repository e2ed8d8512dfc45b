package dev.scribe.storage;

import dev.scribe.actions.IncidentAction;
import dev.scribe.home.HomePages;
import dev.scribe.home.HomeQueries;
import dev.scribe.home.HomeViewers;
import dev.scribe.home.OpenIncident;
import dev.scribe.home.Page;
import dev.scribe.home.PageRequest;
import dev.scribe.home.PostmortemDue;
import dev.scribe.home.PostmortemsDue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.jdbi.v3.core.Jdbi;

/** App Home's lists and viewers in the database. */
public final class JdbiHome implements HomeQueries, PostmortemsDue, HomeViewers {

  private final SqlObjects.Attached<HomeDao> dao;

  public JdbiHome(Jdbi jdbi) {
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, HomeDao.class);
  }

  @Override
  public Page<IncidentAction> openItemsOwnedBy(String teamId, String userId, PageRequest page) {
    List<IncidentAction> rows =
        dao.get().openItemsOwnedBy(teamId, userId, page.size(), page.offset()).stream()
            .map(ActionItemDao.ItemRow::withIncident)
            .toList();
    return page(rows, page, () -> dao.get().countOpenItemsOwnedBy(teamId, userId));
  }

  @Override
  public Page<OpenIncident> openIncidents(String teamId, PageRequest page) {
    List<OpenIncident> rows =
        dao.get().openIncidents(teamId, page.size(), page.offset()).stream()
            .map(
                r ->
                    new OpenIncident(
                        r.incident(),
                        Optional.ofNullable(r.lastAt())
                            .map(
                                at ->
                                    new OpenIncident.LastEvent(at, r.lastMarker(), r.lastText()))))
            .toList();
    return page(rows, page, () -> dao.get().countOpenIncidents(teamId));
  }

  @Override
  public Page<PostmortemDue> resolvedNotFinal(String teamId, PageRequest page) {
    List<PostmortemDue> rows =
        dao.get().resolvedNotFinal(teamId, page.size(), page.offset()).stream()
            .map(
                r ->
                    new PostmortemDue(
                        r.incident(),
                        Optional.ofNullable(r.facilitator()).filter(f -> !f.isBlank())))
            .toList();
    return page(rows, page, () -> dao.get().countResolvedNotFinal(teamId));
  }

  @Override
  public void opened(String teamId, String userId, Instant at) {
    dao.get().opened(teamId, userId, at);
  }

  @Override
  public Optional<HomePages> pages(String teamId, String userId) {
    return dao.get()
        .pages(teamId, userId)
        .map(r -> new HomePages(r.itemsPage(), r.incidentsPage(), r.postmortemsPage()));
  }

  @Override
  public void turnTo(String teamId, String userId, HomePages pages) {
    dao.get().turnTo(teamId, userId, pages.items(), pages.incidents(), pages.postmortems());
  }

  @Override
  public List<String> openedSince(String teamId, Instant since, int limit) {
    return dao.get().openedSince(teamId, since, limit);
  }

  /** A full page needs no count when it is the first and short: the rows are all there is. */
  private static <T> Page<T> page(List<T> rows, PageRequest request, IntSupplier count) {
    int total =
        request.number() == 0 && rows.size() < request.size() ? rows.size() : count.getAsInt();
    // A row committed between the two reads can make the count lag the page; never show less.
    return new Page<>(
        rows, request.number(), request.size(), Math.max(total, request.offset() + rows.size()));
  }
}
