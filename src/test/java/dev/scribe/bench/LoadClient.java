package dev.scribe.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A closed-loop HTTP/1.1 load generator: N keep-alive connections, each sending its next request as
 * soon as the previous response is complete, on one selector thread (so the client costs little CPU
 * on a small machine). Latency is measured from the first byte written to the last byte read.
 *
 * <p>Requests that complete during the warm-up are not measured; every 2xx, warm-up included, is
 * remembered by its id so that the caller can check that each acknowledged request was stored.
 */
final class LoadClient {

  /** One ready-to-send request: its bytes, and the id it is stored under (or null). */
  record Prepared(byte[] bytes, String id) {}

  /** Makes the {@code sequence}-th request; called on the client thread. */
  interface Requests {
    Prepared next(long sequence);
  }

  /** Called when the measured window starts and ends (to read the server's CPU time). */
  interface WindowListener {
    void started();

    void ended();
  }

  private static final Duration DRAIN = Duration.ofSeconds(15);

  private final InetSocketAddress target;
  private final Requests requests;
  private long sequence;

  LoadClient(InetSocketAddress target, Requests requests) {
    this.target = target;
    this.requests = requests;
  }

  LoadResult run(int connections, Duration warmup, Duration measured, WindowListener window)
      throws IOException {
    Run run = new Run(warmup, measured);
    try (Selector selector = Selector.open()) {
      List<Connection> all = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        all.add(new Connection(selector, run));
      }
      boolean windowStarted = false;
      boolean windowEnded = false;
      while (true) {
        long now = System.nanoTime();
        if (!windowStarted && now >= run.measureFrom) {
          window.started();
          windowStarted = true;
        }
        if (!windowEnded && now >= run.stopAt) {
          window.ended();
          windowEnded = true;
        }
        if (now >= run.stopAt && all.stream().noneMatch(Connection::busy)) {
          break;
        }
        if (now >= run.stopAt + DRAIN.toNanos()) {
          all.stream().filter(Connection::busy).forEach(c -> run.unanswered(c.startedAt, now));
          break;
        }
        selector.select(5);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          ((Connection) key.attachment()).ready(key);
        }
      }
      all.forEach(Connection::close);
    }
    return run.result(measured);
  }

  /**
   * What one run counts. A request is measured when it starts inside the window; one still
   * unanswered when the drain ends counts with its time so far (so p99 and max are then lower
   * bounds).
   */
  private static final class Run {
    final long measureFrom;
    final long stopAt;
    final long[] latencies = new long[1 << 22];
    int measuredCount;
    long connectionErrors;
    long unanswered;
    final Map<Integer, Long> statuses = new TreeMap<>();
    final List<String> ackedIds = new ArrayList<>();

    Run(Duration warmup, Duration measured) {
      this.measureFrom = System.nanoTime() + warmup.toNanos();
      this.stopAt = measureFrom + measured.toNanos();
    }

    boolean measured(long startedAt) {
      return startedAt >= measureFrom && startedAt < stopAt;
    }

    void completed(long startedAt, long endedAt, int status, String id) {
      if (status >= 200 && status < 300 && id != null) {
        ackedIds.add(id);
      }
      if (measured(startedAt) && measuredCount < latencies.length) {
        latencies[measuredCount++] = endedAt - startedAt;
        statuses.merge(status, 1L, Long::sum);
      }
    }

    void unanswered(long startedAt, long now) {
      if (measured(startedAt) && measuredCount < latencies.length) {
        latencies[measuredCount++] = now - startedAt;
        unanswered++;
      }
    }

    LoadResult result(Duration measured) {
      return LoadResult.of(
          java.util.Arrays.copyOf(latencies, measuredCount),
          measured,
          statuses,
          connectionErrors,
          unanswered,
          ackedIds);
    }
  }

  /** One keep-alive connection and the request it has in flight. */
  private final class Connection {
    private final Selector selector;
    private final Run run;
    private SocketChannel channel;
    private SelectionKey key;
    private ByteBuffer out;
    private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
    private long startedAt;
    private String id;
    private boolean busy;

    Connection(Selector selector, Run run) throws IOException {
      this.selector = selector;
      this.run = run;
      open();
    }

    boolean busy() {
      return busy;
    }

    private void open() throws IOException {
      channel = SocketChannel.open();
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      in.clear();
      if (channel.connect(target)) {
        key = channel.register(selector, 0, this);
        send();
      } else {
        key = channel.register(selector, SelectionKey.OP_CONNECT, this);
      }
    }

    void ready(SelectionKey selected) {
      try {
        if (selected.isConnectable()) {
          channel.finishConnect();
          send();
        } else if (selected.isWritable()) {
          write();
        } else if (selected.isReadable()) {
          read();
        }
      } catch (IOException e) {
        failed();
      }
    }

    private void send() throws IOException {
      if (System.nanoTime() >= run.stopAt) {
        busy = false;
        key.interestOps(0);
        return;
      }
      Prepared next = requests.next(sequence++);
      out = ByteBuffer.wrap(next.bytes());
      id = next.id();
      busy = true;
      startedAt = System.nanoTime();
      write();
    }

    private void write() throws IOException {
      channel.write(out);
      key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    private void read() throws IOException {
      if (!in.hasRemaining()) {
        in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
      }
      int n = channel.read(in);
      if (n < 0) {
        failed();
        return;
      }
      Response response = Response.parse(in);
      if (response == null) {
        return;
      }
      busy = false;
      run.completed(startedAt, System.nanoTime(), response.status(), id);
      in.flip().position(response.length()).compact();
      if (response.close()) {
        reopen();
      } else {
        send();
      }
    }

    private void failed() {
      if (busy) {
        run.connectionErrors++;
        busy = false;
      }
      try {
        reopen();
      } catch (IOException e) {
        run.connectionErrors++;
      }
    }

    private void reopen() throws IOException {
      close();
      if (System.nanoTime() < run.stopAt) {
        open();
      }
    }

    void close() {
      try {
        key.cancel();
        channel.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }

  /** A complete response at the start of a buffer: its status and length in bytes. */
  record Response(int status, int length, boolean close) {

    /** Null until the buffer (in write mode) holds a whole response. */
    static Response parse(ByteBuffer buffer) {
      byte[] bytes = buffer.array();
      int filled = buffer.position();
      int headerEnd = indexOf(bytes, filled);
      if (headerEnd < 0) {
        return null;
      }
      String head = new String(bytes, 0, headerEnd, StandardCharsets.ISO_8859_1);
      String[] lines = head.split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
      int contentLength = -1;
      boolean close = false;
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i].toLowerCase(Locale.ROOT);
        if (line.startsWith("content-length:")) {
          contentLength = Integer.parseInt(line.substring(15).strip());
        } else if (line.startsWith("connection:") && line.contains("close")) {
          close = true;
        } else if (line.startsWith("transfer-encoding:")) {
          throw new IllegalStateException("chunked responses are not supported: " + head);
        }
      }
      if (contentLength < 0) {
        contentLength = 0; // a response without a body (the JDK server's -1)
      }
      int total = headerEnd + 4 + contentLength;
      return filled >= total ? new Response(status, total, close) : null;
    }

    private static int indexOf(byte[] bytes, int filled) {
      for (int i = 0; i + 3 < filled; i++) {
        if (bytes[i] == '\r'
            && bytes[i + 1] == '\n'
            && bytes[i + 2] == '\r'
            && bytes[i + 3] == '\n') {
          return i;
        }
      }
      return -1;
    }
  }
}
