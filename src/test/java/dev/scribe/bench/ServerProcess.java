package dev.scribe.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A server under test in its own JVM: started, waited for until {@code GET /health} answers 200
 * (the start-to-healthy time), and read from {@code /proc} for CPU time and resident memory.
 */
final class ServerProcess implements AutoCloseable {

  /** Linux's USER_HZ: /proc reports CPU times in these ticks. */
  static final double TICKS_PER_SECOND = 100.0;

  /** How often a starting server is looked at: the start-to-healthy figures' resolution. */
  private static final long POLL_MILLIS = 10;

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

  final String name;
  final int port;
  final Duration startToHealthy;

  /** CPU seconds (all threads) the server had used when it first answered healthy. */
  final double cpuSecondsWhenHealthy;

  private final Process process;

  private ServerProcess(
      String name, int port, Process process, Duration startToHealthy, double cpuWhenHealthy) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.startToHealthy = startToHealthy;
    this.cpuSecondsWhenHealthy = cpuWhenHealthy;
  }

  static ServerProcess start(
      String name, List<String> command, Map<String, String> env, int port, Path log)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    long started = System.nanoTime();
    Process process = builder.start();
    URI health = URI.create("http://127.0.0.1:" + port + "/health");
    long deadline = started + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited at start; see " + log);
      }
      if (listening(port) && healthy(health)) {
        Duration startToHealthy = Duration.ofNanos(System.nanoTime() - started);
        double cpu = cpuSeconds(process.pid());
        warnIfArchiveUnused(name, log);
        return new ServerProcess(name, port, process, startToHealthy, cpu);
      }
      Thread.sleep(POLL_MILLIS);
    }
    process.destroyForcibly();
    throw new IllegalStateException(name + " was not healthy within 60 s; see " + log);
  }

  /**
   * A JVM that cannot map its class archive (another jar, JDK or option set than the one it was
   * made with) says so and starts without it, slower: such a start is not what ships.
   */
  private static void warnIfArchiveUnused(String name, Path log) throws IOException {
    String output = Files.readString(log);
    if (output.contains("Unable to use shared archive")) {
      System.out.println("WARNING: " + name + " started without its class archive; see " + log);
    }
  }

  /**
   * Whether the port takes connections: a refused connect costs the benchmark's JVM little, where
   * an HTTP client's refused request every 5 ms took ~40 % of a core (measured), taken from the
   * server being timed on a two-core machine. Only once the port is open is {@code /health} asked.
   */
  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean healthy(URI health) {
    try {
      HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(1)).build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Warms the health client so its own start-up is not counted in the first server's start. */
  static void warmUpHealthClient() {
    try (ServerSocket socket = new ServerSocket(0)) {
      healthy(URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/health"));
    } catch (IOException e) {
      // only a warm-up
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  long pid() {
    return process.pid();
  }

  /** User plus system CPU seconds the process has used so far. */
  double cpuSeconds() throws IOException {
    return cpuSeconds(pid());
  }

  private static double cpuSeconds(long pid) throws IOException {
    long[] ticks = userAndSystemTicks(Files.readString(Path.of("/proc/" + pid + "/stat")));
    return (ticks[0] + ticks[1]) / TICKS_PER_SECOND;
  }

  /** User and system ticks of a process's or a thread's {@code stat} line. */
  private static long[] userAndSystemTicks(String stat) {
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])};
  }

  /**
   * CPU ticks so far by thread group (a thread's name without its number: {@code scribe-http-7}
   * counts as {@code scribe-http}), user and kernel apart: JFR's samples see only Java code, and a
   * request's system calls (reads, writes, wake-ups) are part of its cost.
   */
  Map<String, long[]> cpuTicksByThreadGroup() throws IOException {
    Map<String, long[]> ticks = new TreeMap<>();
    try (DirectoryStream<Path> tasks =
        Files.newDirectoryStream(Path.of("/proc/" + pid() + "/task"))) {
      for (Path task : tasks) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException gone) {
          continue; // the thread ended meanwhile
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String group = name.replaceAll("[-#:]?\\d+$", "").replaceAll("\\d+", "N");
        long[] used = userAndSystemTicks(stat);
        long[] sum = ticks.computeIfAbsent(group, g -> new long[2]);
        sum[0] += used[0];
        sum[1] += used[1];
      }
    }
    return ticks;
  }

  /** Resident set size in MiB. */
  double rssMiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    throw new IOException("no VmRSS for " + pid());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy(); // SIGTERM: the server's shutdown hook closes the database cleanly
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
