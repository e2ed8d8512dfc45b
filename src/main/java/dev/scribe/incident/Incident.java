package dev.scribe.incident;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An incident, declared in one Slack channel of one workspace.
 *
 * @param id storage identity
 * @param teamId Slack workspace
 * @param channelId the incident channel
 * @param publicId human identifier, {@code INC-YYYY-NNN}, unique per workspace
 * @param title short title
 * @param severity null until set
 * @param status open or resolved
 * @param ownerId Slack user who owns the incident (incident commander), null if unset
 * @param declaredBy Slack user who started it
 * @param declaredAt when it was declared (UTC)
 * @param resolvedAt when it was last resolved, null while open
 */
public record Incident(
    long id,
    String teamId,
    String channelId,
    String publicId,
    String title,
    Severity severity,
    IncidentStatus status,
    String ownerId,
    String declaredBy,
    Instant declaredAt,
    Instant resolvedAt) {

  public Incident {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(publicId, "publicId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(declaredAt, "declaredAt");
  }

  public boolean isOpen() {
    return status == IncidentStatus.OPEN;
  }

  public Optional<Severity> severityIfSet() {
    return Optional.ofNullable(severity);
  }

  public Optional<String> owner() {
    return Optional.ofNullable(ownerId);
  }

  /** "INC-2026-001". */
  public static String publicId(int year, int sequence) {
    return String.format("INC-%d-%03d", year, sequence);
  }

  public Incident withTitle(String newTitle) {
    return new Incident(
        id,
        teamId,
        channelId,
        publicId,
        newTitle,
        severity,
        status,
        ownerId,
        declaredBy,
        declaredAt,
        resolvedAt);
  }

  public Incident withSeverity(Severity newSeverity) {
    return new Incident(
        id,
        teamId,
        channelId,
        publicId,
        title,
        newSeverity,
        status,
        ownerId,
        declaredBy,
        declaredAt,
        resolvedAt);
  }

  public Incident withOwner(String newOwnerId) {
    return new Incident(
        id,
        teamId,
        channelId,
        publicId,
        title,
        severity,
        status,
        newOwnerId,
        declaredBy,
        declaredAt,
        resolvedAt);
  }

  public Incident resolvedAt(Instant at) {
    return new Incident(
        id,
        teamId,
        channelId,
        publicId,
        title,
        severity,
        IncidentStatus.RESOLVED,
        ownerId,
        declaredBy,
        declaredAt,
        at);
  }

  public Incident reopened() {
    return new Incident(
        id,
        teamId,
        channelId,
        publicId,
        title,
        severity,
        IncidentStatus.OPEN,
        ownerId,
        declaredBy,
        declaredAt,
        null);
  }
}
