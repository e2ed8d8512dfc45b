package dev.scribe.slack.actions;

import com.slack.api.methods.SlackApiException;
import dev.scribe.actions.ReminderNotifier;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Sorts Slack's answers into "retry later" (429, 5xx, timeouts, transient errors) and "give up".
 */
final class SlackOutcomes {

  /** Errors that no retry will fix. */
  private static final Set<String> PERMANENT =
      Set.of(
          "user_not_found",
          "users_not_found",
          "channel_not_found",
          "is_archived",
          "not_in_channel",
          "account_inactive",
          "user_disabled",
          "cannot_dm_bot",
          "invalid_blocks",
          "msg_too_long",
          "no_text",
          "restricted_action",
          "invalid_metadata_format",
          "invalid_metadata_schema");

  private SlackOutcomes() {}

  /** A Web API answer with {@code ok: false}. */
  static final class NotOk extends Exception {
    private final String error;

    NotOk(String error) {
      super(error, null, false, false);
      this.error = error;
    }

    String error() {
      return error;
    }
  }

  static void requireOk(boolean ok, String error) throws NotOk {
    if (!ok) {
      throw new NotOk(error == null ? "unknown_error" : error);
    }
  }

  static ReminderNotifier.Delivery ofError(String error) {
    return PERMANENT.contains(error)
        ? new ReminderNotifier.Failed(error)
        : new ReminderNotifier.RetryLater(Optional.empty(), error);
  }

  static ReminderNotifier.Delivery ofHttp(SlackApiException e) {
    int status = e.getResponse().code();
    if (status == 429) {
      return new ReminderNotifier.RetryLater(
          retryAfter(e.getResponse().header("Retry-After")), "HTTP 429");
    }
    if (status >= 500 || status == 408) {
      return new ReminderNotifier.RetryLater(Optional.empty(), "HTTP " + status);
    }
    return new ReminderNotifier.Failed("HTTP " + status);
  }

  static ReminderNotifier.Lookup unavailable(ReminderNotifier.Delivery delivery) {
    if (delivery instanceof ReminderNotifier.RetryLater later) {
      return new ReminderNotifier.Unavailable(later.retryAfter(), later.reason());
    }
    return new ReminderNotifier.Unavailable(
        Optional.empty(), ((ReminderNotifier.Failed) delivery).reason());
  }

  static Optional<Duration> retryAfter(String header) {
    if (header == null || !header.strip().matches("\\d{1,6}")) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
  }
}
