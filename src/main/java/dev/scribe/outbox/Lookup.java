package dev.scribe.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What a sender found out about an earlier attempt whose outcome is unknown. */
public sealed interface Lookup {

  /** The message is there: recorded as sent, not sent again. */
  record Found(String ref) implements Lookup {
    public Found {
      Objects.requireNonNull(ref, "ref");
    }
  }

  /** Looked, and it is not there: send it. */
  record NotFound() implements Lookup {}

  /**
   * The kind cannot be looked up (an ephemeral message), and a duplicate is worse than a loss:
   * taken as delivered, not sent again.
   */
  record AssumedDelivered(String why) implements Lookup {
    public AssumedDelivered {
      Objects.requireNonNull(why, "why");
    }
  }

  /** Could not look; try again later. */
  record Unavailable(Optional<Duration> retryAfter, String reason) implements Lookup {
    public Unavailable {
      Objects.requireNonNull(retryAfter, "retryAfter");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
