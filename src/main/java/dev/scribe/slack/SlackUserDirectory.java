package dev.scribe.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import dev.scribe.common.UserDirectory;
import dev.scribe.storage.JdbiSlackUsers;
import dev.scribe.storage.JdbiSlackUsers.SlackUser;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users as Slack knows them ({@code users.info}), cached in the database for half a day. When Slack
 * cannot be asked (offline commands, an outage) the last answer is used.
 */
public final class SlackUserDirectory implements UserDirectory {

  private static final Logger log = LoggerFactory.getLogger(SlackUserDirectory.class);
  private static final Duration FRESH_FOR = Duration.ofHours(12);

  private final MethodsClient slack;
  private final JdbiSlackUsers store;
  private final Clock clock;

  /** @param slack the Web API, or null to use only what is cached */
  public SlackUserDirectory(MethodsClient slack, JdbiSlackUsers store, Clock clock) {
    this.slack = slack;
    this.store = store;
    this.clock = clock;
  }

  public static SlackUserDirectory offline(JdbiSlackUsers store, Clock clock) {
    return new SlackUserDirectory(null, store, clock);
  }

  @Override
  public Optional<ZoneId> zone(String teamId, String userId) {
    return user(teamId, userId).map(SlackUser::tz).flatMap(SlackUserDirectory::zoneOf);
  }

  @Override
  public Optional<String> displayName(String teamId, String userId) {
    return user(teamId, userId).map(SlackUser::displayName).filter(n -> !n.isBlank());
  }

  private Optional<SlackUser> user(String teamId, String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    Optional<SlackUser> cached = store.find(teamId, userId);
    boolean fresh = cached.map(u -> u.fetched().plus(FRESH_FOR).isAfter(clock.instant())).orElse(false);
    if (fresh || slack == null) {
      return cached;
    }
    return fetch(teamId, userId).or(() -> cached);
  }

  private Optional<SlackUser> fetch(String teamId, String userId) {
    try {
      UsersInfoResponse response = slack.usersInfo(r -> r.user(userId));
      if (!response.isOk() || response.getUser() == null) {
        log.warn("users.info for {} failed: {}", userId, response.getError());
        return Optional.empty();
      }
      User user = response.getUser();
      String name = displayNameOf(user);
      store.save(teamId, userId, name, user.getTz(), clock.instant());
      return store.find(teamId, userId);
    } catch (IOException | SlackApiException e) {
      log.warn("users.info for {} failed: {}", userId, e.getMessage());
      return Optional.empty();
    }
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
    return user.getRealName() != null && !user.getRealName().isBlank() ? user.getRealName() : user.getName();
  }

  private static Optional<ZoneId> zoneOf(String tz) {
    try {
      return tz == null ? Optional.empty() : Optional.of(ZoneId.of(tz));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
