package dev.scribe.slack.actions;

import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.slack.PmRequest;

/** The incident a command in this channel is about, or a friendly refusal. */
final class Incidents {

  private Incidents() {}

  static Incident require(IncidentLocator incidents, PmRequest request) {
    return incidents
        .current(request.teamId(), request.channelId())
        .orElseThrow(
            () ->
                new UserFacingException(
                    "There is no incident in this channel, so there is nothing to attach action items to.",
                    "/pm start Checkout errors in EU sev:2"));
  }
}
