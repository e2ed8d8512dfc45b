package dev.scribe.incident;

import java.time.Instant;
import java.util.Objects;

/** An incident about to be declared; storage gives it an id and a public id. */
public record NewIncident(
    String teamId,
    String channelId,
    String title,
    Severity severity,
    String declaredBy,
    Instant declaredAt) {

  public NewIncident {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(declaredBy, "declaredBy");
    Objects.requireNonNull(declaredAt, "declaredAt");
  }
}
