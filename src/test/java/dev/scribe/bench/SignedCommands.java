package dev.scribe.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code /pm event bench-N …} slash commands as Slack sends them: a form body signed with the
 * signing secret and the current timestamp, spread over several users and channels. Not thread-safe
 * (one per client thread).
 */
final class SignedCommands implements LoadClient.Requests {

  static final String ID_PREFIX = "bench-";

  private final String host;
  private final String team;
  private final int users;
  private final int channels;
  private final String runTag;
  private final Mac mac;

  SignedCommands(String host, String secret, String team, int users, int channels, String runTag) {
    this.host = host;
    this.team = team;
    this.users = users;
    this.channels = channels;
    this.runTag = runTag;
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String userId(int i) {
    return String.format("U0BENCH%03d", i);
  }

  static String channelId(int i) {
    return String.format("C0BENCH%03d", i);
  }

  @Override
  public LoadClient.Prepared next(long sequence) {
    String id = ID_PREFIX + runTag + "-" + sequence;
    String body =
        "token=bench&team_id="
            + team
            + "&channel_id="
            + channelId((int) (sequence % channels))
            + "&user_id="
            + userId((int) (sequence % users))
            + "&command=%2Fpm&text="
            + URLEncoder.encode("event " + id + " rolled back the deploy", StandardCharsets.UTF_8)
            + "&response_url=https%3A%2F%2Fhooks.slack.invalid%2Fcommands%2Fbench"
            + "&trigger_id=bench.trigger";
    return new LoadClient.Prepared(request(body), id);
  }

  private byte[] request(String body) {
    byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
    String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(bodyBytes));
    String head =
        "POST /slack/events HTTP/1.1\r\nHost: "
            + host
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + "X-Slack-Request-Timestamp: "
            + timestamp
            + "\r\nX-Slack-Signature: "
            + signature
            + "\r\nContent-Length: "
            + bodyBytes.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + bodyBytes.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(bodyBytes, 0, all, headBytes.length, bodyBytes.length);
    return all;
  }
}
