package dev.scribe.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile or broken peers: unsigned POSTs that announce a 4 KiB body and then send it two bytes at
 * a time, one trickle every {@code every}. A peer the server closes comes straight back, so there
 * are always {@code count} of them. Counts how often the server closed one.
 */
final class SlowClients implements AutoCloseable {

  private static final int ANNOUNCED_BODY_BYTES = 4096;

  private final InetSocketAddress target;
  private final Duration every;
  private final List<Socket> sockets = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long closedByServer;

  SlowClients(InetSocketAddress target, int count, Duration every) {
    this.target = target;
    this.every = every;
    for (int i = 0; i < count; i++) {
      sockets.add(null);
    }
    this.thread = new Thread(this::trickle, "slow-clients");
    thread.setDaemon(true);
    thread.start();
  }

  long closedByServer() {
    return closedByServer;
  }

  private void trickle() {
    while (running) {
      for (int i = 0; i < sockets.size() && running; i++) {
        try {
          Socket socket = sockets.get(i);
          if (socket == null || socket.isClosed()) {
            sockets.set(i, open());
          } else if (serverClosed(socket)) {
            closedByServer++;
            socket.close();
            sockets.set(i, open());
          } else {
            socket.getOutputStream().write("{\"".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
          }
        } catch (IOException e) {
          closedByServer++;
          closeQuietly(sockets.get(i));
          sockets.set(i, null);
        }
      }
      sleep(every);
    }
    sockets.forEach(SlowClients::closeQuietly);
  }

  private Socket open() throws IOException {
    Socket socket = new Socket();
    socket.connect(target, 2_000);
    socket.setSoTimeout(1);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST /slack/events HTTP/1.1\r\nHost: "
                + target.getHostString()
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + ANNOUNCED_BODY_BYTES
                + "\r\n\r\n{\"")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  /** True when the server answered (an error status) or closed the connection. */
  private static boolean serverClosed(Socket socket) {
    try {
      socket.getInputStream().read(); // a byte of an error response, or -1: closed
      return true;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private static void closeQuietly(Socket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // gone anyway
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
