package dev.scribe.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.bots.BotsInfoResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import dev.scribe.common.UserDirectory;
import dev.scribe.workspace.SlackUserCache;
import dev.scribe.workspace.SlackUserCache.SlackUser;
import dev.scribe.workspace.WorkspaceRole;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users as Slack knows them ({@code users.info}), cached in the database for half a day. A stale
 * answer is used at once and refreshed in the background; a failed look-up is not repeated for ten
 * minutes (alert bots, whose ids users.info does not know, are tagged often). When Slack cannot be
 * asked (offline commands, an outage) the last answer is used.
 *
 * <p>{@link #zone} and {@link #displayName} ask Slack for a user never seen: they are for work done
 * after the ack (drafts, reminder sweeps). The request path reads {@link #known} only, which never
 * asks Slack, and has {@link FactsLearner} fetch what is missing after the ack.
 */
public final class SlackUserDirectory implements UserDirectory {

  private static final Logger log = LoggerFactory.getLogger(SlackUserDirectory.class);
  private static final Duration FRESH_FOR = Duration.ofHours(12);
  private static final Duration FAILED_FOR = Duration.ofMinutes(10);

  private final MethodsClient slack;
  private final SlackUserCache store;
  private final Clock clock;
  private final Executor refresher;
  private final Map<String, Instant> failedUntil = new ConcurrentHashMap<>();

  /**
   * @param slack the Web API, or null to use only what is cached
   * @param refresher where stale entries are refreshed
   */
  public SlackUserDirectory(
      MethodsClient slack, SlackUserCache store, Clock clock, Executor refresher) {
    this.slack = slack;
    this.store = store;
    this.clock = clock;
    this.refresher = refresher;
  }

  public static SlackUserDirectory offline(SlackUserCache store, Clock clock) {
    return new SlackUserDirectory(null, store, clock, Runnable::run);
  }

  /** What the cache knows of the user; never asks Slack. */
  public UserFacts known(String teamId, String userId) {
    Optional<SlackUser> cached =
        userId == null || userId.isBlank() ? Optional.empty() : store.find(teamId, userId);
    return new UserFacts(
        cached.map(SlackUser::tz).flatMap(SlackUserDirectory::zoneOf), cached.map(SlackUser::role));
  }

  /** True when the cached entry is missing or older than half a day. */
  boolean stale(String teamId, String userId) {
    return store
        .find(teamId, userId)
        .map(u -> !u.fetchedAt().plus(FRESH_FOR).isAfter(clock.instant()) || u.role() == null)
        .orElse(true);
  }

  /**
   * Asks Slack now (on the calling thread) and caches the answer; false when Slack did not say.
   * Someone may be waiting for the answer, so a try that got none (Slack slower than the client's
   * 10 s, a passing error) is repeated once at once.
   */
  boolean refresh(String teamId, String userId) {
    if (slack == null) {
      return false;
    }
    return fetch(teamId, userId).isPresent() || fetch(teamId, userId).isPresent();
  }

  @Override
  public Optional<ZoneId> zone(String teamId, String userId) {
    return user(teamId, userId).map(SlackUser::tz).flatMap(SlackUserDirectory::zoneOf);
  }

  @Override
  public Optional<String> displayName(String teamId, String userId) {
    return user(teamId, userId).map(SlackUser::displayName).filter(n -> !n.isBlank());
  }

  @Override
  public Optional<String> knownDisplayName(String teamId, String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    return store.find(teamId, userId).map(SlackUser::displayName).filter(n -> !n.isBlank());
  }

  private Optional<SlackUser> user(String teamId, String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    Optional<SlackUser> cached = store.find(teamId, userId);
    Instant now = clock.instant();
    boolean fresh = cached.map(u -> u.fetchedAt().plus(FRESH_FOR).isAfter(now)).orElse(false);
    String key = teamId + "/" + userId;
    if (fresh || slack == null || failedUntil.getOrDefault(key, Instant.MIN).isAfter(now)) {
      return cached;
    }
    if (cached.isPresent()) {
      refresher.execute(() -> fetch(teamId, userId));
      return cached;
    }
    return fetch(teamId, userId);
  }

  private Optional<SlackUser> fetch(String teamId, String userId) {
    Optional<SlackUser> fetched = ask(teamId, userId);
    String key = teamId + "/" + userId;
    if (fetched.isEmpty()) {
      failedUntil.put(key, clock.instant().plus(FAILED_FOR));
    } else {
      failedUntil.remove(key);
    }
    return fetched;
  }

  private Optional<SlackUser> ask(String teamId, String userId) {
    if (userId.startsWith("B")) {
      return askBot(teamId, userId);
    }
    try {
      UsersInfoResponse response = slack.usersInfo(r -> r.user(userId));
      if (!response.isOk() || response.getUser() == null) {
        log.warn("users.info for {} failed: {}", userId, response.getError());
        return Optional.empty();
      }
      User user = response.getUser();
      WorkspaceRole role = WorkspaceRole.of(user.isPrimaryOwner(), user.isOwner(), user.isAdmin());
      SlackUser known =
          new SlackUser(
              teamId,
              userId,
              displayNameOf(user),
              user.getTz(),
              clock.instant(),
              role,
              user.isDeleted(),
              user.isBot());
      store.saveMember(
          teamId,
          userId,
          known.displayName(),
          known.tz(),
          role,
          user.isDeleted(),
          user.isBot(),
          known.fetchedAt());
      return Optional.of(known);
    } catch (IOException | SlackApiException e) {
      log.warn("users.info for {} failed: {}", userId, e.getMessage());
      return Optional.empty();
    }
  }

  /** Another app's bot, the author of a tagged alert: {@code bots.info} names it. */
  private Optional<SlackUser> askBot(String teamId, String botId) {
    try {
      BotsInfoResponse response = slack.botsInfo(r -> r.bot(botId));
      if (!response.isOk() || response.getBot() == null) {
        log.info("bots.info for {} failed: {}", botId, response.getError());
        return Optional.empty();
      }
      return Optional.of(remember(teamId, botId, response.getBot().getName(), null));
    } catch (IOException | SlackApiException e) {
      log.warn("bots.info for {} failed: {}", botId, e.getMessage());
      return Optional.empty();
    }
  }

  private SlackUser remember(String teamId, String userId, String name, String tz) {
    SlackUser user = SlackUser.named(teamId, userId, name, tz, clock.instant());
    store.save(teamId, userId, name, tz, user.fetchedAt());
    return user;
  }

  private static String displayNameOf(User user) {
    if (user.getProfile() != null) {
      String display = user.getProfile().getDisplayName();
      if (display != null && !display.isBlank()) {
        return display;
      }
      String real = user.getProfile().getRealName();
      if (real != null && !real.isBlank()) {
        return real;
      }
    }
    return user.getRealName() != null && !user.getRealName().isBlank()
        ? user.getRealName()
        : user.getName();
  }

  /**
   * Zone names seen, parsed once: every command needs its user's zone, and there are a few hundred
   * names at most (an unknown one is kept as unknown).
   */
  private static final Map<String, Optional<ZoneId>> ZONES = new ConcurrentHashMap<>();

  private static Optional<ZoneId> zoneOf(String tz) {
    return tz == null ? Optional.empty() : ZONES.computeIfAbsent(tz, SlackUserDirectory::parseZone);
  }

  private static Optional<ZoneId> parseZone(String tz) {
    try {
      return Optional.of(ZoneId.of(tz));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
