package dev.scribe.demo;

import java.util.Objects;

/**
 * An ephemeral message the fake accepted: only its recipient sees it, once, and it is not in the
 * channel's history.
 *
 * @param channel where it was shown
 * @param user to whom
 * @param text what it said
 * @param ts the {@code message_ts} the fake answered
 */
public record FakeEphemeral(String channel, String user, String text, String ts) {

  public FakeEphemeral {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ts, "ts");
  }
}
