package dev.scribe.actions;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A resolved incident whose post-mortem is not Final, with what decides who is reminded and when.
 *
 * @param teamId its workspace
 * @param incidentId storage identity
 * @param publicId "INC-2026-014"
 * @param channelId its channel
 * @param title its title, as typed
 * @param resolvedAt when it was resolved
 * @param facilitatorId the facilitator as stored: a user id, or (before ids) text; null if unset
 * @param ownerId its owner, or null
 * @param declaredBy who declared it
 * @param dueAfterDays the workspace's setting: days after resolution when the post-mortem is due, 0
 *     for never
 */
public record DuePostmortem(
    String teamId,
    long incidentId,
    String publicId,
    String channelId,
    String title,
    Instant resolvedAt,
    String facilitatorId,
    String ownerId,
    String declaredBy,
    int dueAfterDays) {

  public DuePostmortem {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(publicId, "publicId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(resolvedAt, "resolvedAt");
    Objects.requireNonNull(declaredBy, "declaredBy");
  }

  /** Who is reminded: the facilitator, else the owner, else whoever declared the incident. */
  public String recipient() {
    if (facilitatorId != null && facilitatorId.matches("[UW][A-Z0-9]+")) {
      return facilitatorId;
    }
    return ownerId != null ? ownerId : declaredBy;
  }

  public boolean isReminded() {
    return dueAfterDays > 0;
  }

  /** When the post-mortem becomes due. */
  public Instant dueAt() {
    return resolvedAt.plus(Duration.ofDays(dueAfterDays));
  }
}
