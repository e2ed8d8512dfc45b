package dev.scribe.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * A fake Slack Web API on loopback, for the offline demo and end-to-end tests. Point the Slack
 * client at {@link #methodsUrl()}; the fake answers the methods Scribe uses the way Slack does,
 * records every call, and can be told to fail. Thread-safe.
 */
public final class FakeSlackApi implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final FakeWorkspace workspace;
  private final FakeFiles files = new FakeFiles();
  private final CallLog log = new CallLog();
  private final Mishaps mishaps = new Mishaps();
  private final SideEndpoints sideEndpoints = new SideEndpoints(files);
  private final Map<String, SlackMethod> methods = new HashMap<>();
  private volatile String teamId = "T0FAKE";
  private volatile FakeSocketModeServer socketMode;

  private FakeSlackApi(Clock clock) throws IOException {
    workspace = new FakeWorkspace(clock);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newCachedThreadPool(daemonThreads());
    server.setExecutor(executor);
    new ConversationMethods(workspace, files, this::teamId).register(methods);
    new ChatMethods(workspace, this::teamId).register(methods);
    new FileMethods(files, workspace, () -> baseUrl() + SideEndpoints.UPLOAD.substring(1))
        .register(methods);
    new WorkspaceMethods(workspace, this::teamId, this::socketModeUrl).register(methods);
    new MembershipMethods(workspace).register(methods);
    new FakeSlackExchanges(methods, log, mishaps).mount(server);
    sideEndpoints.mount(server);
    server.start();
  }

  /** Starts a fake whose message timestamps follow the system clock. */
  public static FakeSlackApi start() {
    return start(Clock.systemUTC());
  }

  /**
   * Starts a fake whose message timestamps follow {@code clock} (always increasing, even if it
   * stands still).
   */
  public static FakeSlackApi start(Clock clock) {
    try {
      return new FakeSlackApi(clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake Slack API", e);
    }
  }

  /** The Web API methods prefix, with its trailing slash: {@code http://127.0.0.1:PORT/api/}. */
  public String methodsUrl() {
    return baseUrl() + "api/";
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String teamId() {
    return teamId;
  }

  /** Changes the workspace id that {@code auth.test}, {@code team.info} and messages report. */
  public void setTeamId(String teamId) {
    this.teamId = teamId;
  }

  /** The app's bot user ({@code auth.test}'s {@code user_id}). */
  public String botUserId() {
    return FakeWorkspace.BOT_USER_ID;
  }

  /** Makes {@code apps.connections.open} hand out this server's URL. */
  public void attachSocketMode(FakeSocketModeServer server) {
    this.socketMode = server;
  }

  // ---- seeding and inspection -------------------------------------------------------------

  /** Adds a member; {@code tz} is an IANA zone such as {@code Europe/Paris}. */
  public void addUser(String id, String name, String tz) {
    addUser(id, name, name, tz);
  }

  public void addUser(String id, String name, String realName, String tz) {
    workspace.addUser(new FakeUser(id, name, realName, ZoneId.of(tz), false));
  }

  /** Makes a member a workspace admin ({@code is_admin} in {@code users.info}). */
  public void makeAdmin(String userId) {
    workspace.setRole(userId, "admin");
  }

  /** Makes a member a workspace owner ({@code is_owner} and {@code is_admin}). */
  public void makeOwner(String userId) {
    workspace.setRole(userId, "owner");
  }

  /** Adds members to a channel, for {@code conversations.members}. */
  public void join(String channel, String... userIds) {
    for (String userId : userIds) {
      workspace.join(channel, userId);
    }
  }

  /** A user group ({@code S…}) and its members, for {@code usergroups.users.list}. */
  public void setUserGroup(String groupId, String... userIds) {
    workspace.setGroup(groupId, List.of(userIds));
  }

  /** Names a channel for {@code conversations.info}; any well-formed channel id exists anyway. */
  public void addChannel(String id, String name) {
    unlessSlackError(
        () -> {
          workspace.nameChannel(id, name);
          return null;
        });
  }

  /** A person's top-level message; returns its ts. */
  public String postUserMessage(String channel, String userId, String text) {
    return unlessSlackError(
        () ->
            workspace.post(FakeMessage.posted(channel, "0", Optional.empty(), userId, text)).ts());
  }

  /**
   * A message from another app's bot (an alerting integration, say), which Slack sends with a
   * {@code bot_id} and no user; returns its ts. {@code bots.info} knows the bot's name.
   */
  public String postBotMessage(String channel, String botId, String botName, String text) {
    workspace.addBot(botId, botName);
    return unlessSlackError(
        () ->
            workspace
                .post(
                    new FakeMessage(
                        channel,
                        "0",
                        Optional.empty(),
                        "",
                        Optional.of(botId),
                        text,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        List.of()))
                .ts());
  }

  /** A person's reply in the thread of {@code threadTs}; returns its ts. */
  public String postThreadReply(String channel, String threadTs, String userId, String text) {
    return unlessSlackError(
        () ->
            workspace
                .post(FakeMessage.posted(channel, "0", Optional.of(threadTs), userId, text))
                .ts());
  }

  /** Edits any message in place, as its author would. */
  public void editMessage(String channel, String ts, String text) {
    unlessSlackError(
        () ->
            workspace.replace(
                channel,
                ts,
                message -> message.edited(text, message.blocks(), workspace.nextTs())));
  }

  /** Every message of the channel, thread replies included, oldest first. */
  public List<FakeMessage> messages(String channel) {
    return workspace.channelMessages(channel);
  }

  public Optional<FakeMessage> message(String channel, String ts) {
    return workspace.message(channel, ts);
  }

  public List<UploadedFile> uploadedFiles() {
    return files.all();
  }

  /** The bytes posted for the file, empty if none arrived yet. */
  public byte[] bytes(String fileId) {
    return files
        .file(fileId)
        .map(UploadedFile::bytes)
        .orElseThrow(() -> new IllegalArgumentException("no file " + fileId));
  }

  public List<FakeCanvas> canvases() {
    return files.canvases();
  }

  /** A canvas someone made for the channel, outside Scribe; returns its id. */
  public String addChannelCanvas(String channel, String markdown) {
    return files.addCanvas(Optional.of(channel), "", markdown).id();
  }

  /** Every ephemeral message the fake accepted, oldest first. */
  public List<FakeEphemeral> ephemerals() {
    return workspace.ephemerals();
  }

  /** A fresh {@code response_url} for a slash command or action payload; posts to it are kept. */
  public String newResponseUrl() {
    return "http://127.0.0.1:" + port() + sideEndpoints.newResponsePath();
  }

  /** Everything posted to response URLs, oldest first. */
  public List<ResponseUrlPost> responses() {
    return sideEndpoints.responses();
  }

  /** Waits until {@code count} posts to response URLs arrived in all; returns them all. */
  public List<ResponseUrlPost> awaitResponses(int count, Duration timeout) {
    return sideEndpoints.awaitResponses(count, timeout);
  }

  // ---- recorded calls ------------------------------------------------------------------------

  public List<RecordedCall> calls() {
    return log.all();
  }

  public List<RecordedCall> calls(String method) {
    return log.of(method);
  }

  public Optional<RecordedCall> lastCall(String method) {
    List<RecordedCall> calls = log.of(method);
    return calls.isEmpty() ? Optional.empty() : Optional.of(calls.get(calls.size() - 1));
  }

  /** The first call to the method, waiting for it if none came yet; fails after {@code timeout}. */
  public RecordedCall awaitCall(String method, Duration timeout) {
    return log.await(method, 1, timeout).get(0);
  }

  /** Waits until {@code count} calls to the method arrived in all; returns every call so far. */
  public List<RecordedCall> awaitCalls(String method, int count, Duration timeout) {
    return log.await(method, count, timeout);
  }

  // ---- failure injection --------------------------------------------------------------------

  /** The next call to the method gets this HTTP status (and {@code Retry-After} when not null). */
  public void failNext(String method, int httpStatus, Integer retryAfterSeconds) {
    mishaps.add(
        method, new Mishaps.HttpFailure(httpStatus, Optional.ofNullable(retryAfterSeconds)));
  }

  /** The next call to the method gets {@code {"ok":false,"error":slackError}}. */
  public void failNextWithError(String method, String slackError) {
    mishaps.add(method, new Mishaps.ErrorAnswer(slackError));
  }

  /**
   * Slack is down: every Web API call but those to the {@code spared} methods gets this HTTP status
   * (and {@code Retry-After} when not null) until {@link #recover()}.
   */
  public void goDown(int httpStatus, Integer retryAfterSeconds, String... spared) {
    mishaps.outage(
        new Mishaps.HttpFailure(httpStatus, Optional.ofNullable(retryAfterSeconds)),
        Set.of(spared));
  }

  /** The outage is over; failures queued per method still apply. */
  public void recover() {
    mishaps.recover();
  }

  /** The next call to the method is answered normally, after {@code delay}. */
  public void delayNext(String method, Duration delay) {
    mishaps.add(method, new Mishaps.Delay(delay));
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // ---- internals ------------------------------------------------------------------------------

  private String baseUrl() {
    return "http://127.0.0.1:" + port() + "/";
  }

  private Optional<String> socketModeUrl() {
    return Optional.ofNullable(socketMode).map(FakeSocketModeServer::url);
  }

  private static <T> T unlessSlackError(Supplier<T> action) {
    try {
      return action.get();
    } catch (SlackError e) {
      throw new IllegalArgumentException(e.error(), e);
    }
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "fake-slack-api");
      thread.setDaemon(true);
      return thread;
    };
  }
}
