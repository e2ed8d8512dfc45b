package dev.scribe.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import dev.scribe.workspace.AdminGroupMembers;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches what Scribe must know of people before a request needs it, always off the request path: a
 * user's zone and role ({@code users.info}) after the ack of their request or when they join an
 * incident channel, a channel's members when an incident starts there ({@code
 * conversations.members}), the admin group's members ({@code usergroups.users.list}). Whoever waits
 * for a fact is told when it arrives.
 */
public final class FactsLearner {

  private static final Logger log = LoggerFactory.getLogger(FactsLearner.class);

  /** Group membership changes rarely; a refusal based on a list this old is still fair. */
  static final Duration GROUP_FRESH_FOR = Duration.ofMinutes(10);

  private final SlackUserDirectory users;
  private final MethodsClient slack;
  private final AdminGroupMembers groups;
  private final Clock clock;
  private final Executor afterAck;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final List<BiConsumer<String, Optional<String>>> listeners = new CopyOnWriteArrayList<>();

  public FactsLearner(
      SlackUserDirectory users,
      MethodsClient slack,
      AdminGroupMembers groups,
      Clock clock,
      Executor afterAck) {
    this.users = users;
    this.slack = slack;
    this.groups = groups;
    this.clock = clock;
    this.afterAck = afterAck;
  }

  /**
   * Tells {@code listener} of each fact learned: (team, user) when a user's facts arrived, (team,
   * empty) when an admin group's members did.
   */
  public void onLearned(BiConsumer<String, Optional<String>> listener) {
    listeners.add(listener);
  }

  /** Fetches the user's facts after the ack, unless fresh ones are cached or a fetch is running. */
  public void learnLater(String teamId, String userId) {
    if (userId == null || userId.isBlank() || !users.stale(teamId, userId)) {
      return;
    }
    once("user:" + teamId + "/" + userId, () -> learnNow(teamId, userId));
  }

  /** Fetches the user's facts on this thread; true when Slack told them. */
  public boolean learnNow(String teamId, String userId) {
    boolean learned = users.refresh(teamId, userId);
    if (learned) {
      listeners.forEach(l -> l.accept(teamId, Optional.of(userId)));
    }
    return learned;
  }

  /** Fetches the facts of every member of the channel not known yet: an incident starts there. */
  public void learnChannelLater(String teamId, String channelId) {
    once(
        "channel:" + teamId + "/" + channelId,
        () -> {
          for (String member : members(channelId)) {
            if (users.stale(teamId, member)) {
              learnNow(teamId, member);
            }
          }
        });
  }

  /** Fetches the admin group's members after the ack, unless a fresh list is cached. */
  public void learnGroupLater(String teamId, String groupId) {
    boolean fresh =
        groups
            .fetchedAt(teamId, groupId)
            .map(at -> at.plus(GROUP_FRESH_FOR).isAfter(clock.instant()))
            .orElse(false);
    if (!fresh) {
      once("group:" + teamId + "/" + groupId, () -> learnGroupNow(teamId, groupId));
    }
  }

  /** Fetches the admin group's members on this thread; true when Slack listed them. */
  public boolean learnGroupNow(String teamId, String groupId) {
    try {
      UsergroupsUsersListResponse answer = slack.usergroupsUsersList(r -> r.usergroup(groupId));
      if (!answer.isOk() || answer.getUsers() == null) {
        log.warn("usergroups.users.list for {} answered {}", groupId, answer.getError());
        return false;
      }
      groups.replace(teamId, groupId, answer.getUsers(), clock.instant());
      listeners.forEach(l -> l.accept(teamId, Optional.empty()));
      return true;
    } catch (IOException | SlackApiException e) {
      log.warn("usergroups.users.list for {} failed: {}", groupId, e.getMessage());
      return false;
    }
  }

  private List<String> members(String channelId) {
    List<String> members = new ArrayList<>();
    String cursor = null;
    try {
      do {
        String page = cursor;
        ConversationsMembersResponse answer =
            slack.conversationsMembers(r -> r.channel(channelId).limit(200).cursor(page));
        if (!answer.isOk() || answer.getMembers() == null) {
          log.info("conversations.members for {} answered {}", channelId, answer.getError());
          break;
        }
        members.addAll(answer.getMembers());
        cursor =
            answer.getResponseMetadata() == null
                ? null
                : answer.getResponseMetadata().getNextCursor();
      } while (cursor != null && !cursor.isBlank());
    } catch (IOException | SlackApiException e) {
      log.warn("conversations.members for {} failed: {}", channelId, e.getMessage());
    }
    return members;
  }

  /** Runs the fetch on the after-ack executor unless one with the same key is already running. */
  private void once(String key, Runnable fetch) {
    if (!inFlight.add(key)) {
      return;
    }
    try {
      afterAck.execute(
          () -> {
            try {
              fetch.run();
            } catch (RuntimeException e) {
              log.warn("Learning {} failed; a later request will ask again", key, e);
            } finally {
              inFlight.remove(key);
            }
          });
    } catch (RuntimeException rejected) {
      inFlight.remove(key);
      throw rejected;
    }
  }
}
