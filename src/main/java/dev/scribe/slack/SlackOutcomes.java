package dev.scribe.slack;

import com.slack.api.methods.SlackApiException;
import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.Lookup;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Sorts Slack's answers into "retry later" (429, 5xx, timeouts, transient errors) and "give up"
 * (errors no retry can fix), and says whether a failed call may have reached Slack all the same: an
 * answer from Slack means it did not act; a timeout or a broken connection leaves it unknown.
 */
public final class SlackOutcomes {

  /** Errors that no retry will fix. */
  private static final Set<String> PERMANENT =
      Set.of(
          "user_not_found",
          "users_not_found",
          "user_not_in_channel",
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
          "invalid_metadata_schema",
          "invalid_auth",
          "not_authed",
          "token_revoked",
          "token_expired",
          "missing_scope",
          "not_allowed_token_type",
          "no_permission",
          "canvas_disabled",
          "free_teams_cannot_create_channel_canvases",
          "invalid_arguments");

  private SlackOutcomes() {}

  /** A Web API answer with {@code ok: false}. */
  public static final class NotOk extends Exception {
    private final String error;

    NotOk(String error) {
      super(error, null, false, false);
      this.error = error;
    }

    public String error() {
      return error;
    }
  }

  public static void requireOk(boolean ok, String error) throws NotOk {
    if (!ok) {
      throw new NotOk(error == null ? "unknown_error" : error);
    }
  }

  /** Whether no retry can fix this error. */
  public static boolean isPermanent(String error) {
    return PERMANENT.contains(error);
  }

  /** An {@code ok: false} answer: Slack did not act on the call. */
  public static Delivery ofError(String error) {
    return isPermanent(error)
        ? new Delivery.Failed(error)
        : Delivery.RetryLater.notDelivered(error);
  }

  /** A non-200 answer: 429 (after its {@code Retry-After}) and 5xx are worth retrying. */
  public static Delivery ofHttp(SlackApiException e) {
    int status = e.getResponse().code();
    if (status == 429) {
      return new Delivery.RetryLater(
          retryAfter(e.getResponse().header("Retry-After")), "HTTP 429", false);
    }
    if (status >= 500 || status == 408) {
      return Delivery.RetryLater.notDelivered("HTTP " + status);
    }
    return new Delivery.Failed("HTTP " + status);
  }

  /**
   * No answer: when the connection could not even be made, Slack never saw the call; after a
   * timeout or a broken connection it may have acted on it.
   */
  public static Delivery.RetryLater ofNetwork(IOException e) {
    boolean neverSent =
        e instanceof ConnectException
            || e instanceof UnknownHostException
            || e instanceof NoRouteToHostException;
    return new Delivery.RetryLater(
        Optional.empty(), "network: " + e.getClass().getSimpleName(), !neverSent);
  }

  /** A failed look-up: try again later. */
  public static Lookup unavailable(Delivery delivery) {
    if (delivery instanceof Delivery.RetryLater later) {
      return new Lookup.Unavailable(later.retryAfter(), later.reason());
    }
    return new Lookup.Unavailable(Optional.empty(), ((Delivery.Failed) delivery).reason());
  }

  static Optional<Duration> retryAfter(String header) {
    if (header == null || !header.strip().matches("\\d{1,6}")) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
  }
}
