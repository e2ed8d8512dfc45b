package dev.scribe.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request path from outside, on the built jar: Scribe under 50 connections of signed {@code /pm
 * event} commands against its two floors measured in the same run, in alternating rounds (Scribe,
 * bare Bolt, raw SQLite; again). Run with {@code bench/request-path.sh}; options: {@code --rounds
 * N} (3), {@code --seconds S} (30), {@code --warmup S} (20), {@code --profile}; {@code --rss-events
 * N} instead records N events and reports the resident memory after them; {@code --startup-only N}
 * measures start to healthy alone, N alternating rounds.
 *
 * <p>The warm-up is 20 s because the measure is the steady state: after 5 s on 2 cores, the JIT's
 * compiler threads still took about a third of Scribe's CPU in the window (0.26 ms per request,
 * against 0.02 ms for the floor, whose code is small); each round prints the CPU by thread group.
 */
public final class RequestPathBenchmark {

  static final String SECRET = "bench-signing-secret";
  static final String TEAM = "T0BENCH";
  static final int USERS = 50;
  static final int CHANNELS = 5;
  static final String FLOOR_JAR = "target/bench-floor.jar";
  static final String FLOOR_CLASS_PATH = "target/scribe.jar:" + FLOOR_JAR;
  static final Pattern ID = Pattern.compile(SignedCommands.ID_PREFIX + "[a-z0-9]+-[0-9]+");

  private final Options options;
  private final Path work;
  private final String fakeSlackUrl;
  private final List<String> javaOptions;

  private RequestPathBenchmark(
      Options options, Path work, String fakeSlackUrl, List<String> javaOptions) {
    this.options = options;
    this.work = work;
    this.fakeSlackUrl = fakeSlackUrl;
    this.javaOptions = javaOptions;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path work = Files.createTempDirectory("scribe-bench-");
    List<String> javaOptions = ShippedSettings.javaOptions(Path.of("Dockerfile"));
    System.out.println(Machine.describe());
    System.out.printf(
        "Request-path benchmark: %d rounds, %d connections, %d s measured after %d s warm-up;"
            + " server JVM options %s; work in %s%n",
        options.rounds,
        options.connections,
        options.seconds,
        options.warmupSeconds,
        javaOptions,
        work);
    Process fake = startFakeSlack(work);
    try {
      String url = readFakeSlackUrl(fake);
      RequestPathBenchmark bench = new RequestPathBenchmark(options, work, url, javaOptions);
      bench.run();
    } finally {
      fake.getOutputStream().close();
      fake.destroy();
      // Hundreds of megabytes per run; the servers' logs (and profiles) are kept to read.
      BenchFolders.removeDatabases(work);
      System.out.println("Databases removed; logs kept in " + work);
    }
  }

  private void run() throws Exception {
    ServerProcess.warmUpHealthClient();
    if (options.rssEvents > 0) {
      rssAfterEvents(options.rssEvents);
      return;
    }
    if (options.startupOnly > 0) {
      startupOnly(options.startupOnly);
      return;
    }
    if (options.rounds == 0 && options.profile) {
      profile(); // the profiled round alone
      return;
    }
    Report report = new Report(options);
    for (int round = 1; round <= options.rounds; round++) {
      report.scribe.add(measure(Kind.SCRIBE, round));
      report.floor.add(measure(Kind.FLOOR, round));
      double raw =
          SqliteInsertFloor.rowsPerSecond(
              work.resolve("raw-" + round + ".db"), Duration.ofSeconds(options.storageSeconds));
      report.rawSqlite.add(raw);
      System.out.printf("round %d: raw SQLite %.0f rows/s%n", round, raw);
    }
    report.print(System.out);
    if (options.profile) {
      profile();
    }
  }

  enum Kind {
    SCRIBE,
    FLOOR
  }

  /** One server's figures in one round. */
  record Figures(
      LoadResult load,
      double cpuMillisPerRequest,
      double rssMiB,
      Duration startToHealthy,
      LoadResult underSlowClients,
      long slowClientsClosed,
      long acked,
      long stored,
      long ackedNotStored,
      double storedPerSecond) {}

  private Figures measure(Kind kind, int round) throws Exception {
    Path database = work.resolve("scribe-" + round + ".db");
    int port = ServerProcess.freePort();
    try (ServerProcess server = start(kind, port, database, round)) {
      InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
      String tag = (kind == Kind.SCRIBE ? "s" : "f") + round;
      double[] cpu = new double[2];
      List<Map<String, long[]>> threadTicks = new ArrayList<>();
      long[] wallClock = new long[2];
      LoadResult load =
          new LoadClient(address, commands(port, tag))
              .run(
                  options.connections,
                  Duration.ofSeconds(options.warmupSeconds),
                  Duration.ofSeconds(options.seconds),
                  new LoadClient.WindowListener() {
                    @Override
                    public void started() {
                      cpu[0] = cpuSeconds(server);
                      threadTicks.add(threadTicks(server));
                      wallClock[0] = System.currentTimeMillis();
                    }

                    @Override
                    public void ended() {
                      cpu[1] = cpuSeconds(server);
                      threadTicks.add(threadTicks(server));
                      wallClock[1] = System.currentTimeMillis();
                    }
                  });
      double rss = server.rssMiB();
      LoadResult slow;
      long closed;
      try (SlowClients slowClients =
          new SlowClients(address, options.slowClients, Duration.ofSeconds(1))) {
        Thread.sleep(2_000); // let them take hold first
        slow =
            new LoadClient(address, commands(port, tag + "x"))
                .run(
                    options.connections,
                    Duration.ZERO,
                    Duration.ofSeconds(options.slowSeconds),
                    new NoWindow());
        closed = slowClients.closedByServer();
      }
      double cpuPerRequest = (cpu[1] - cpu[0]) * 1000 / Math.max(1, load.completed());
      printCpuByThread(kind, threadTicks.get(0), threadTicks.get(1), load.completed());
      server.close();
      long acked = load.ackedIds().size() + slow.ackedIds().size();
      long stored = 0;
      long missing = 0;
      double storedPerSecond = 0;
      if (kind == Kind.SCRIBE) {
        Set<String> storedIds = storedIds(database);
        stored = storedIds.size();
        missing =
            load.ackedIds().stream().filter(id -> !storedIds.contains(id)).count()
                + slow.ackedIds().stream().filter(id -> !storedIds.contains(id)).count();
        storedPerSecond =
            storedBetween(database, wallClock[0], wallClock[1])
                / ((wallClock[1] - wallClock[0]) / 1000.0);
      }
      Figures figures =
          new Figures(
              load,
              cpuPerRequest,
              rss,
              server.startToHealthy,
              slow,
              closed,
              acked,
              stored,
              missing,
              storedPerSecond);
      System.out.printf(
          "round %d: %s %s; load average %s%n",
          round, kind, Report.line(figures), Machine.loadAverage());
      return figures;
    }
  }

  private SignedCommands commands(int port, String tag) {
    return new SignedCommands("127.0.0.1:" + port, SECRET, TEAM, USERS, CHANNELS, tag);
  }

  private ServerProcess start(Kind kind, int port, Path database, int round)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (kind == Kind.SCRIBE) {
      command.addAll(javaOptions);
      command.addAll(List.of("-jar", "target/scribe.jar", "serve"));
    } else {
      command.addAll(floorOptions());
      command.addAll(List.of("-cp", FLOOR_CLASS_PATH, BareBoltServer.class.getName()));
    }
    Path log = work.resolve(kind.name().toLowerCase() + "-" + round + ".log");
    return ServerProcess.start(kind.name(), command, environment(port, database), port, log);
  }

  private Map<String, String> environment(int port, Path database) {
    return Map.of(
        "SLACK_BOT_TOKEN",
        "xoxb-bench-token",
        "SLACK_SIGNING_SECRET",
        SECRET,
        "SLACK_API_URL",
        fakeSlackUrl,
        "PORT",
        Integer.toString(port),
        "DATABASE_URL",
        "jdbc:sqlite:" + database);
  }

  /**
   * Start to healthy alone, {@code rounds} times in turn: Scribe restarted on a database whose
   * schema is current (what an operator's restart or a new replica sees), Scribe on an empty
   * database (the first start, which migrates it), and the bare Bolt floor. Once healthy, each is
   * sent one signed {@code /pm event} and its ack timed, so that work moved from start-up to the
   * first request shows. Each server is stopped before the next starts; the ratios are taken within
   * each round.
   */
  private void startupOnly(int rounds) throws Exception {
    Path current = work.resolve("scribe-current.db");
    StartFigures first = startAndAck(Kind.SCRIBE, current, 0);
    System.out.printf(
        "Start-up only: %d rounds; database made current by a first start (%.0f ms)%n",
        rounds, first.healthyMillis());
    List<StartFigures> restart = new ArrayList<>();
    List<StartFigures> empty = new ArrayList<>();
    List<StartFigures> floor = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      restart.add(startAndAck(Kind.SCRIBE, current, round));
      empty.add(startAndAck(Kind.SCRIBE, work.resolve("scribe-empty-" + round + ".db"), round));
      floor.add(startAndAck(Kind.FLOOR, work.resolve("floor-unused.db"), round));
      System.out.printf(
          "round %d: Scribe restart %s; Scribe on an empty database %s; floor %s;"
              + " load average %s%n",
          round,
          restart.get(round - 1),
          empty.get(round - 1),
          floor.get(round - 1),
          Machine.loadAverage());
    }
    List<Double> floorHealthy = floor.stream().map(StartFigures::healthyMillis).toList();
    System.out.printf(
        "%n| %d rounds; median [min–max] | start to healthy (ms) | ÷ floor | CPU used until healthy"
            + " (ms) | first /pm event: ack after healthy (ms) | CPU used until acked (ms) |%n"
            + "|---|---:|---:|---:|---:|---:|%n",
        rounds);
    for (var row :
        List.of(
            Map.entry("Scribe, restart (schema current)", restart),
            Map.entry("Scribe, empty database (migrations)", empty),
            Map.entry("bare Bolt floor", floor))) {
      List<Double> healthy = row.getValue().stream().map(StartFigures::healthyMillis).toList();
      System.out.printf(
          "| %s | %s | %s | %s | %s | %s |%n",
          row.getKey(),
          Report.spread(healthy, "%.0f"),
          row.getValue() == floor
              ? ""
              : Report.spread(Report.ratios(healthy, floorHealthy), "%.2f"),
          Report.spread(
              row.getValue().stream().map(StartFigures::cpuMillisWhenHealthy).toList(), "%.0f"),
          Report.spread(row.getValue().stream().map(StartFigures::firstAckMillis).toList(), "%.0f"),
          Report.spread(
              row.getValue().stream().map(StartFigures::cpuMillisWhenAcked).toList(), "%.0f"));
    }
  }

  /**
   * Start to healthy and the CPU time used by then (all the server's threads: a noisy machine
   * stretches the first, hardly the second), then the same for one signed {@code /pm event}.
   */
  record StartFigures(
      double healthyMillis,
      double cpuMillisWhenHealthy,
      double firstAckMillis,
      double cpuMillisWhenAcked) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "healthy after %.0f ms (CPU %.0f ms), first ack %.0f ms later (CPU %.0f ms)",
          healthyMillis,
          cpuMillisWhenHealthy,
          firstAckMillis,
          cpuMillisWhenAcked);
    }
  }

  private StartFigures startAndAck(Kind kind, Path database, int round) throws Exception {
    int port = ServerProcess.freePort();
    try (ServerProcess server = start(kind, port, database, round)) {
      LoadClient.Prepared command = commands(port, "start" + round).next(round);
      long sent = System.nanoTime();
      ack(port, command);
      double acked = (System.nanoTime() - sent) / 1_000_000.0;
      return new StartFigures(
          server.startToHealthy.toMillis(),
          server.cpuSecondsWhenHealthy * 1000,
          acked,
          server.cpuSeconds() * 1000);
    }
  }

  /** Sends one command on a connection of its own and waits for its 200. */
  private static void ack(int port, LoadClient.Prepared command) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(command.bytes());
      String status =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      if (status == null || !status.contains(" 200")) {
        throw new IllegalStateException("port " + port + " answered a command " + status);
      }
    }
  }

  /**
   * The floor's JVM options: Scribe's, with a class archive of the floor's own, made as Scribe's is
   * (a training run: started, sent two commands, stopped) whenever its jars are newer, so that both
   * start with their classes archived. A class path that names a folder cannot be archived, hence
   * the floor's class in a jar of its own.
   */
  private List<String> floorOptions() throws IOException, InterruptedException {
    List<String> options = ShippedSettings.withoutArchive(javaOptions);
    if (options.size() == javaOptions.size()) {
      return options; // Scribe runs without an archive: so does the floor
    }
    Path floorJar = Path.of(FLOOR_JAR);
    Path floorClass =
        Path.of("target/test-classes", BareBoltServer.class.getName().replace('.', '/') + ".class");
    if (!Files.exists(floorJar)
        || Files.getLastModifiedTime(floorJar).compareTo(Files.getLastModifiedTime(floorClass))
            < 0) {
      try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(floorJar))) {
        jar.putNextEntry(
            new JarEntry(floorClass.toString().substring("target/test-classes/".length())));
        jar.write(Files.readAllBytes(floorClass));
        jar.closeEntry();
      }
    }
    Path archive = Path.of("target", "floor.jsa");
    if (!Files.exists(archive)
        || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(floorJar)) < 0
        || Files.getLastModifiedTime(archive)
                .compareTo(Files.getLastModifiedTime(Path.of("target", "scribe.jar")))
            < 0) {
      System.out.println("Making the floor's class archive " + archive + " (its training run)");
      Files.deleteIfExists(archive);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-XX:ArchiveClassesAtExit=" + archive);
      command.add("-Xlog:cds=error");
      command.addAll(options);
      command.addAll(List.of("-cp", FLOOR_CLASS_PATH, BareBoltServer.class.getName()));
      int port = ServerProcess.freePort();
      try (ServerProcess training =
          ServerProcess.start(
              "floor training",
              command,
              environment(port, work.resolve("floor-unused.db")),
              port,
              work.resolve("floor-training.log"))) {
        LoadClient.Prepared first = commands(port, "training").next(0);
        LoadClient.Prepared second = commands(port, "training").next(1);
        ack(port, first);
        ack(port, second);
      } // stopped with SIGTERM, on which the JVM writes the archive
      if (!Files.exists(archive)) {
        throw new IllegalStateException("the floor's training run wrote no archive; see " + work);
      }
    }
    List<String> withArchive = new ArrayList<>(options);
    withArchive.add("-XX:SharedArchiveFile=" + archive);
    return withArchive;
  }

  /**
   * Memory with the shipped settings: Scribe records {@code events} events under the same load (50
   * connections), then its resident set size is read, and again after 10 s idle.
   */
  private void rssAfterEvents(long events) throws Exception {
    Path database = work.resolve("scribe-rss.db");
    int port = ServerProcess.freePort();
    try (ServerProcess server = start(Kind.SCRIBE, port, database, 0)) {
      System.out.printf(
          "RSS mode: start to healthy %d ms, RSS at start %.0f MiB; load average %s%n",
          server.startToHealthy.toMillis(), server.rssMiB(), Machine.loadAverage());
      long answered = 0;
      long non2xx = 0;
      long started = System.nanoTime();
      double cpuBefore = server.cpuSeconds();
      for (int chunk = 0; answered < events; chunk++) {
        LoadResult load =
            new LoadClient(new InetSocketAddress("127.0.0.1", port), commands(port, "m" + chunk))
                .run(options.connections, Duration.ZERO, Duration.ofSeconds(5), new NoWindow());
        answered += load.completed();
        non2xx += load.non2xx() + load.connectionErrors();
        System.out.printf(
            "  %,d answered (%.0f/s, p99 %.1f ms), RSS %.0f MiB%n",
            answered, load.perSecond(), load.p99Millis(), server.rssMiB());
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpuPerEvent = (server.cpuSeconds() - cpuBefore) * 1000 / answered;
      double rss = server.rssMiB();
      Thread.sleep(10_000);
      System.out.printf(
          "RSS after %,d events: %.0f MiB (%.0f MiB after 10 s idle); %,.0f events/s over %.0f s;"
              + " CPU %.3f ms per event; non-2xx or errors %d; load average %s%n",
          answered,
          rss,
          server.rssMiB(),
          answered / seconds,
          seconds,
          cpuPerEvent,
          non2xx,
          Machine.loadAverage());
      System.out.println(Profile.jcmd(server.pid(), "GC.heap_info"));
    }
  }

  /**
   * A profiled extra round of Scribe (not counted): JFR CPU samples over the second half of the
   * measured time, then ten thread dumps (which pause the server, hence not in a counted round).
   */
  private void profile() throws Exception {
    Path database = work.resolve("scribe-profile.db");
    int port = ServerProcess.freePort();
    List<String> dumps = new ArrayList<>();
    try (ServerProcess server = start(Kind.SCRIBE, port, database, 0)) {
      Thread dumper =
          new Thread(
              () -> {
                try {
                  // Recorded after the warm-up, so start-up (migrations, class loading) is left
                  // out.
                  Thread.sleep(options.warmupSeconds * 1000L);
                  Profile.jcmd(
                      server.pid(),
                      "JFR.start",
                      "name=bench",
                      "settings=" + Profile.settings(work));
                  Thread.sleep(options.seconds * 1000L / 2);
                  for (int i = 0; i < 10; i++) {
                    dumps.add(Profile.jcmd(server.pid(), "Thread.print"));
                    Thread.sleep(500);
                  }
                  Profile.jcmd(
                      server.pid(),
                      "JFR.dump",
                      "name=bench",
                      "filename=" + work.resolve("scribe.jfr"));
                } catch (IOException | InterruptedException e) {
                  System.out.println("thread dumps stopped: " + e);
                }
              });
      dumper.start();
      new LoadClient(new InetSocketAddress("127.0.0.1", port), commands(port, "p"))
          .run(
              options.connections,
              Duration.ofSeconds(options.warmupSeconds),
              Duration.ofSeconds(options.seconds),
              new NoWindow());
      dumper.join();
    }
    System.out.println("\nProfile (extra round, not counted): Scribe's CPU samples by component");
    Profile.cpuByComponent(work.resolve("scribe.jfr"))
        .forEach((k, v) -> System.out.printf("  %5.1f %%  %s%n", v, k));
    System.out.println("Scribe's CPU samples by method (the nearest non-JDK frame), top 12:");
    Profile.cpuByMethod(work.resolve("scribe.jfr"), 12)
        .forEach((k, v) -> System.out.printf("  %5.1f %%  %s%n", v, k));
    for (int i = 0; i < dumps.size(); i++) {
      Files.writeString(work.resolve("threads-" + i + ".txt"), dumps.get(i));
    }
    System.out.println(
        "Busy request threads in "
            + dumps.size()
            + " thread dumps under load (idle ones left out):");
    Profile.requestThreads(dumps, "scribe-http")
        .forEach((k, v) -> System.out.printf("  %5.1f %%  %s%n", v, k));
    System.out.println("JFR recording and thread dumps: " + work);
  }

  private static Map<String, long[]> threadTicks(ServerProcess server) {
    try {
      return server.cpuTicksByThreadGroup();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Where the measured window's CPU went, by thread group, user and kernel, in milliseconds per
   * request (groups under 2 % of the total are summed as "others").
   */
  private static void printCpuByThread(
      Kind kind, Map<String, long[]> before, Map<String, long[]> after, long requests) {
    Map<String, long[]> spent = new TreeMap<>();
    long total = 0;
    for (Map.Entry<String, long[]> group : after.entrySet()) {
      long[] was = before.getOrDefault(group.getKey(), new long[2]);
      long[] used = {group.getValue()[0] - was[0], group.getValue()[1] - was[1]};
      spent.put(group.getKey(), used);
      total += used[0] + used[1];
    }
    double millisPerTickPerRequest = 1000 / ServerProcess.TICKS_PER_SECOND / Math.max(1, requests);
    StringBuilder line = new StringBuilder("  CPU by thread, ms per request (user+kernel):");
    long others = 0;
    for (Map.Entry<String, long[]> group : spent.entrySet()) {
      long[] used = group.getValue();
      if ((used[0] + used[1]) * 50 < total) {
        others += used[0] + used[1];
        continue;
      }
      line.append(
          String.format(
              " %s %.3f+%.3f;",
              group.getKey(),
              used[0] * millisPerTickPerRequest,
              used[1] * millisPerTickPerRequest));
    }
    line.append(String.format(" others %.3f", others * millisPerTickPerRequest));
    System.out.println(kind.name() + line);
  }

  private static double cpuSeconds(ServerProcess server) {
    try {
      return server.cpuSeconds();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> storedIds(Path database) throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT text FROM timeline_events WHERE text LIKE '%"
                        + SignedCommands.ID_PREFIX
                        + "%'")) {
      while (rows.next()) {
        Matcher m = ID.matcher(rows.getString(1));
        if (m.find()) {
          ids.add(m.group());
        }
      }
    }
    return ids;
  }

  private static long storedBetween(Path database, long from, long to) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT count(*) FROM timeline_events WHERE recorded_at >= ? AND recorded_at < ?")) {
      count.setLong(1, from);
      count.setLong(2, to);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static Process startFakeSlack(Path work) throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-cp",
            System.getProperty("java.class.path"),
            FakeSlackLauncher.class.getName(),
            TEAM,
            Integer.toString(USERS),
            Integer.toString(CHANNELS))
        .redirectError(work.resolve("fake-slack.log").toFile())
        .start();
  }

  private static String readFakeSlackUrl(Process fake) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("FAKE_SLACK_URL=")) {
        return line.substring("FAKE_SLACK_URL=".length());
      }
    }
    throw new IllegalStateException("the fake Slack API did not start");
  }

  private static final class NoWindow implements LoadClient.WindowListener {
    @Override
    public void started() {}

    @Override
    public void ended() {}
  }

  /** Command-line options. */
  record Options(
      int rounds,
      int connections,
      int seconds,
      int warmupSeconds,
      int slowClients,
      int slowSeconds,
      int storageSeconds,
      boolean profile,
      long rssEvents,
      int startupOnly) {

    static Options parse(String[] args) {
      int rounds = 3;
      int seconds = 30;
      int warmup = 20;
      boolean profile = false;
      long rssEvents = 0;
      int startupOnly = 0;
      List<String> list = Arrays.asList(args);
      for (int i = 0; i < list.size(); i++) {
        switch (list.get(i)) {
          case "--rounds" -> rounds = Integer.parseInt(list.get(++i));
          case "--seconds" -> seconds = Integer.parseInt(list.get(++i));
          case "--warmup" -> warmup = Integer.parseInt(list.get(++i));
          case "--profile" -> profile = true;
          case "--rss-events" -> rssEvents = Long.parseLong(list.get(++i));
          case "--startup-only" -> startupOnly = Integer.parseInt(list.get(++i));
          default ->
              throw new IllegalArgumentException(
                  "unknown option "
                      + list.get(i)
                      + " (use --rounds N, --seconds S, --warmup S, --profile, --rss-events N,"
                      + " --startup-only N)");
        }
      }
      return new Options(
          rounds,
          50,
          seconds,
          warmup,
          20,
          Math.max(10, seconds * 2 / 3),
          10,
          profile,
          rssEvents,
          startupOnly);
    }
  }
}
