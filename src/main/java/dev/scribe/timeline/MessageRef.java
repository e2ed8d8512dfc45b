package dev.scribe.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A Slack message: its channel and its {@code ts}, which is also when it was posted. */
public record MessageRef(String channelId, String ts) {

  public MessageRef {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(ts, "ts");
    if (!ts.matches("\\d{1,12}\\.\\d{1,9}")) {
      throw new IllegalArgumentException("not a Slack message ts: " + ts);
    }
  }

  /** The post time: Slack's ts is seconds since the epoch with microseconds after the dot. */
  public Instant postedAt() {
    BigDecimal micros = new BigDecimal(ts).movePointRight(6);
    long value = micros.longValueExact();
    return Instant.ofEpochSecond(value / 1_000_000, (value % 1_000_000) * 1_000);
  }
}
