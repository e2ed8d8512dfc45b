package dev.scribe.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Whether a request was signed by Slack just now: {@code X-Slack-Signature} is {@code v0=} and the
 * hex HMAC-SHA256 of {@code v0:TIMESTAMP:BODY} under the signing secret, and {@code
 * X-Slack-Request-Timestamp} is within five minutes of now, in the past <em>or the future</em>.
 *
 * <p>Why not Bolt's {@code SlackSignature.Verifier}: it accepts any timestamp in the future (a
 * captured request could be replayed for ever), it hashes the body after a round trip through a
 * {@code String} in the platform's default charset (non-ASCII bodies fail unless the JVM runs in
 * UTF-8), and it compares signatures with {@code String.equals}, whose time leaks the length of the
 * matching prefix. This one hashes the exact bytes received and compares in constant time.
 */
final class SlackSignatureCheck {

  static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
  private static final String ALGORITHM = "HmacSHA256";
  private static final int MAX_TIMESTAMP_DIGITS = 12;

  private final SecretKeySpec key;
  private final Clock clock;
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  SlackSignatureCheck(String signingSecret, Clock clock) {
    if (signingSecret == null || signingSecret.isBlank()) {
      throw new IllegalArgumentException("a signing secret is needed to check Slack's requests");
    }
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.clock = clock;
  }

  /** Why the request is not Slack's, or empty when it is. */
  Optional<String> problem(String timestamp, String signature, byte[] body) {
    if (timestamp == null || signature == null) {
      return Optional.of("missing X-Slack-Request-Timestamp or X-Slack-Signature");
    }
    if (timestamp.isEmpty()
        || timestamp.length() > MAX_TIMESTAMP_DIGITS
        || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("X-Slack-Request-Timestamp is not a time in seconds");
    }
    long skew = Math.abs(clock.millis() / 1000 - Long.parseLong(timestamp));
    if (skew > MAX_CLOCK_SKEW.toSeconds()) {
      return Optional.of("X-Slack-Request-Timestamp is more than 5 minutes from now");
    }
    byte[] expected =
        ("v0=" + HexFormat.of().formatHex(hmac(timestamp, body)))
            .getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
      return Optional.of("X-Slack-Signature does not match");
    }
    return Optional.empty();
  }

  private byte[] hmac(String timestamp, byte[] body) {
    Mac mac = macs.get();
    mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
    return mac.doFinal(body); // doFinal resets it, keyed, for the thread's next request
  }

  /** A keyed MAC: looking the algorithm up and keying it was a tenth of the check, measured. */
  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
