package dev.scribe.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The fake workspace's state: members, channels and their messages. Every method is synchronized;
 * the HTTP server calls in from several threads.
 */
final class FakeWorkspace {
  static final String BOT_USER_ID = "U0SCRIBE";
  static final String BOT_ID = "B0SCRIBE";

  /**
   * Any well-formed public, private or DM channel id exists, so tests need not declare channels.
   */
  private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{2,}");

  private final Clock clock;
  private final Map<String, FakeUser> users = new LinkedHashMap<>();
  private final Map<String, String> channelNames = new HashMap<>();
  private final Map<String, List<FakeMessage>> messages = new HashMap<>();
  private final Map<String, String> directChannels = new HashMap<>();
  private final Map<String, String> botNames = new HashMap<>();
  private final Map<String, String> roles = new HashMap<>();
  private final Map<String, List<String>> channelMembers = new HashMap<>();
  private final Map<String, List<String>> userGroups = new HashMap<>();
  private final List<FakeEphemeral> ephemerals = new ArrayList<>();
  private long lastMicros;

  FakeWorkspace(Clock clock) {
    this.clock = clock;
    users.put(BOT_USER_ID, new FakeUser(BOT_USER_ID, "scribe", "Scribe", ZoneId.of("UTC"), true));
  }

  synchronized void addUser(FakeUser user) {
    users.put(user.id(), user);
  }

  synchronized Optional<FakeUser> user(String id) {
    return Optional.ofNullable(users.get(id));
  }

  synchronized FakeEphemeral showEphemeral(String channel, String user, String text) {
    FakeEphemeral shown = new FakeEphemeral(channel, user, text, nextTs());
    ephemerals.add(shown);
    return shown;
  }

  synchronized List<FakeEphemeral> ephemerals() {
    return List.copyOf(ephemerals);
  }

  synchronized void addBot(String id, String name) {
    botNames.put(id, name);
  }

  synchronized Optional<String> botName(String id) {
    return Optional.ofNullable(botNames.get(id));
  }

  synchronized void nameChannel(String channel, String name) {
    requireChannel(channel);
    channelNames.put(channel, name);
  }

  synchronized String channelName(String channel) {
    requireChannel(channel);
    return channelNames.getOrDefault(channel, channel.toLowerCase(Locale.ROOT));
  }

  /** Slack channel ids, plus user ids, which Slack accepts to mean the DM with that user. */
  synchronized String resolveChannel(String channelOrUser) {
    if (channelOrUser != null && channelOrUser.matches("[UW][A-Z0-9]{2,}")) {
      return directChannel(channelOrUser);
    }
    requireChannel(channelOrUser);
    return channelOrUser;
  }

  synchronized String directChannel(String userId) {
    return directChannels.computeIfAbsent(userId, id -> "D" + id.substring(1));
  }

  /** Stores a message with a fresh ts; a reply makes its parent a thread parent. */
  synchronized FakeMessage post(FakeMessage draft) {
    String ts = nextTs();
    Optional<String> parent =
        draft.threadTs().map(threadTs -> threadParentOf(draft.channel(), threadTs));
    parent.ifPresent(parentTs -> replace(draft.channel(), parentTs, m -> m.withThreadTs(parentTs)));
    FakeMessage stored =
        new FakeMessage(
            draft.channel(),
            ts,
            parent,
            draft.user(),
            draft.botId(),
            draft.text(),
            draft.blocks(),
            draft.metadata(),
            Optional.empty(),
            List.of(),
            draft.fileIds());
    messages.computeIfAbsent(draft.channel(), c -> new ArrayList<>()).add(stored);
    return stored;
  }

  synchronized Optional<FakeMessage> message(String channel, String ts) {
    return channelMessages(channel).stream().filter(m -> m.ts().equals(ts)).findFirst();
  }

  synchronized FakeMessage replace(String channel, String ts, UnaryOperator<FakeMessage> change) {
    List<FakeMessage> list = messages.getOrDefault(channel, new ArrayList<>());
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).ts().equals(ts)) {
        list.set(i, change.apply(list.get(i)));
        return list.get(i);
      }
    }
    throw new SlackError("message_not_found");
  }

  synchronized void delete(String channel, String ts) {
    if (!messages.getOrDefault(channel, List.of()).removeIf(m -> m.ts().equals(ts))) {
      throw new SlackError("message_not_found");
    }
  }

  /** All messages of the channel, replies included, oldest first. */
  synchronized List<FakeMessage> channelMessages(String channel) {
    List<FakeMessage> list = new ArrayList<>(messages.getOrDefault(channel, List.of()));
    list.sort(Comparator.comparing(FakeMessage::time));
    return list;
  }

  /** The replies of the thread whose parent is {@code parentTs}, oldest first. */
  synchronized List<FakeMessage> replies(String channel, String parentTs) {
    return channelMessages(channel).stream()
        .filter(m -> m.isReply() && m.threadTs().orElseThrow().equals(parentTs))
        .toList();
  }

  synchronized String nextTs() {
    Instant now = clock.instant();
    long micros =
        Math.max(now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000, lastMicros + 1);
    lastMicros = micros;
    return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
  }

  synchronized Instant now() {
    return clock.instant();
  }

  /** The user's role: {@code admin}, {@code owner} or {@code primary_owner}; members have none. */
  synchronized void setRole(String userId, String role) {
    roles.put(userId, role);
  }

  synchronized Optional<String> role(String userId) {
    return Optional.ofNullable(roles.get(userId));
  }

  synchronized void join(String channel, String userId) {
    requireChannel(channel);
    List<String> members = channelMembers.computeIfAbsent(channel, c -> new ArrayList<>());
    if (!members.contains(userId)) {
      members.add(userId);
    }
  }

  synchronized List<String> members(String channel) {
    requireChannel(channel);
    return List.copyOf(channelMembers.getOrDefault(channel, List.of()));
  }

  synchronized void setGroup(String groupId, List<String> userIds) {
    userGroups.put(groupId, List.copyOf(userIds));
  }

  synchronized Optional<List<String>> group(String groupId) {
    return Optional.ofNullable(userGroups.get(groupId));
  }

  private String threadParentOf(String channel, String threadTs) {
    FakeMessage target =
        message(channel, threadTs).orElseThrow(() -> new SlackError("thread_not_found"));
    return target.isReply() ? target.threadTs().orElseThrow() : target.ts();
  }

  private static void requireChannel(String channel) {
    if (channel == null || !CHANNEL_ID.matcher(channel).matches()) {
      throw new SlackError("channel_not_found");
    }
  }
}
