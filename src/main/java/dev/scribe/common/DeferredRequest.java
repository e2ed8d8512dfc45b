package dev.scribe.common;

import java.time.Instant;
import java.util.Objects;

/**
 * A request Slack delivered that waits for a fact about the person who sent it (their time zone,
 * their role in the workspace) before it can be completed.
 *
 * @param id the store's id, 0 before it is stored
 * @param kind what it is, such as {@code pm} (a {@code /pm} command) or {@code snooze} (a button)
 * @param body what completing it needs: the command text, or the button's value
 * @param responseUrl where its answer goes, if it has one
 * @param receivedAt when Slack delivered it: "now" when it is completed
 * @param waitingFor the fact it waits for: {@code zone}, {@code role} or {@code admin-group}
 * @param attempts how many times completing it was tried
 */
public record DeferredRequest(
    long id,
    String teamId,
    String channelId,
    String userId,
    String kind,
    String body,
    String responseUrl,
    Instant receivedAt,
    String waitingFor,
    int attempts) {

  public DeferredRequest {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(waitingFor, "waitingFor");
  }
}
