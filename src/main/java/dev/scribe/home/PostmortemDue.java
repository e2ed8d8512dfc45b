package dev.scribe.home;

import dev.scribe.incident.Incident;
import java.util.Objects;
import java.util.Optional;

/**
 * A resolved incident whose post-mortem is not Final yet.
 *
 * @param incident the incident, resolved
 * @param facilitator who runs the post-mortem, as set with {@code /pm set facilitator}: a Slack
 *     user id (or, set before people were stored as ids, text); empty if nobody was named
 */
public record PostmortemDue(Incident incident, Optional<String> facilitator) {

  public PostmortemDue {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(facilitator, "facilitator");
  }
}
