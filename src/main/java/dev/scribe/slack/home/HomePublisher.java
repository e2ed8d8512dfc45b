package dev.scribe.slack.home;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.scribe.common.ChangeNotices;
import dev.scribe.common.UserDirectory;
import dev.scribe.home.HomeService;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes App Home views ({@code views.publish}), always after the acknowledgement and never on a
 * request's thread: requests only take note, and one background thread publishes a little later, so
 * many changes to one person's items make one publish.
 *
 * <p>A change to someone's own items re-publishes their view (if they ever opened App Home: else it
 * is built fresh when they do). A change to the workspace's incidents re-publishes the views of
 * people who opened App Home in the last week, at most {@link HomeService#MOST_REFRESHED}, and no
 * more often than Slack's rate for {@code views.publish} (Tier 4, about 100 a minute) allows. A
 * view that would not change is not sent again.
 *
 * <p>This is the one class to switch to the durable outbox once it exists; a publish lost to a
 * crash costs only freshness: the next change, or opening App Home, publishes again.
 */
public final class HomePublisher implements ChangeNotices, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(HomePublisher.class);

  /** Spacing of publishes made for workspace-wide changes: about 100 a minute. */
  static final Duration PER_PUBLISH = Duration.ofMillis(600);

  private static final int REMEMBERED_VIEWS = 10_000;

  private final HomeService homes;
  private final UserDirectory users;
  private final ZoneId fallbackZone;
  private final MethodsClient slack;
  private final Clock clock;
  private final Duration window;
  private final ScheduledExecutorService thread;

  private final Set<Viewer> opened = ConcurrentHashMap.newKeySet();
  private final Set<Viewer> changed = ConcurrentHashMap.newKeySet();
  private final Set<String> teams = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean viewersScheduled = new AtomicBoolean();
  private final AtomicBoolean teamsScheduled = new AtomicBoolean();
  private final Map<Viewer, Integer> published = lastPublished();
  private volatile long teamsNotBeforeMillis;

  /**
   * @param window how long changes gather before one publish
   */
  public HomePublisher(
      HomeService homes,
      UserDirectory users,
      ZoneId fallbackZone,
      MethodsClient slack,
      Clock clock,
      Duration window) {
    this.homes = homes;
    this.users = users;
    this.fallbackZone = fallbackZone;
    this.slack = slack;
    this.clock = clock;
    this.window = window;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "scribe-home");
              t.setDaemon(true);
              return t;
            });
  }

  /** The user opened App Home or turned a page: publish their view, even if unchanged. */
  public void opened(String teamId, String userId) {
    opened.add(new Viewer(teamId, userId));
    schedule(viewersScheduled, window, this::publishViewers);
  }

  @Override
  public void itemsChanged(String teamId, Collection<String> userIds) {
    userIds.forEach(u -> changed.add(new Viewer(teamId, u)));
    schedule(viewersScheduled, window, this::publishViewers);
  }

  @Override
  public void incidentsChanged(String teamId) {
    teams.add(teamId);
    long wait = Math.max(window.toMillis(), teamsNotBeforeMillis - clock.millis());
    schedule(teamsScheduled, Duration.ofMillis(wait), this::publishTeams);
  }

  private void schedule(AtomicBoolean scheduled, Duration delay, Runnable drain) {
    if (scheduled.compareAndSet(false, true)) {
      thread.schedule(
          () -> {
            scheduled.set(false);
            drain.run();
          },
          delay.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  private void publishViewers() {
    for (Viewer v : take(opened)) {
      changed.remove(v);
      publish(v, true);
    }
    for (Viewer v : take(changed)) {
      if (homes.hasHome(v.teamId(), v.userId())) {
        publish(v, false);
      }
    }
  }

  private void publishTeams() {
    int sent = 0;
    for (String team : take(teams)) {
      for (String user : homes.recentViewers(team)) {
        sent += publish(new Viewer(team, user), false) ? 1 : 0;
      }
    }
    teamsNotBeforeMillis = clock.millis() + sent * PER_PUBLISH.toMillis();
  }

  /** Publishes the viewer's Home; true if it was sent. Failures are logged: a view is cosmetic. */
  private boolean publish(Viewer v, boolean evenIfUnchanged) {
    try {
      View view = HomeView.of(homes.snapshot(v.teamId(), v.userId()), today(v));
      int fingerprint = GsonFactory.createSnakeCase().toJson(view).hashCode();
      if (!evenIfUnchanged && Integer.valueOf(fingerprint).equals(published.get(v))) {
        return false;
      }
      ViewsPublishResponse response = slack.viewsPublish(r -> r.userId(v.userId()).view(view));
      if (response.isOk()) {
        published.put(v, fingerprint);
      } else {
        log.warn("views.publish for {} answered {}", v.userId(), response.getError());
      }
      return true;
    } catch (SlackApiException e) {
      log.warn("views.publish for {} failed: HTTP {}", v.userId(), e.getResponse().code());
      if (e.getResponse().code() == 429) {
        changed.add(v);
        schedule(viewersScheduled, Duration.ofSeconds(30), this::publishViewers);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      log.warn("Publishing App Home for {} failed: {}", v.userId(), e.toString());
      return false;
    }
  }

  private LocalDate today(Viewer v) {
    ZoneId zone = users.zone(v.teamId(), v.userId()).orElse(fallbackZone);
    return LocalDate.now(clock.withZone(zone));
  }

  private static <T> Set<T> take(Set<T> pending) {
    Set<T> taken = new LinkedHashSet<>();
    for (T t : pending) {
      if (pending.remove(t)) {
        taken.add(t);
      }
    }
    return taken;
  }

  private static Map<Viewer, Integer> lastPublished() {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Viewer, Integer> eldest) {
            return size() > REMEMBERED_VIEWS;
          }
        });
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }

  private record Viewer(String teamId, String userId) {}
}
