package dev.scribe.actions;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One reminder that must be sent at most once: the key the outbox holds it under.
 *
 * @param teamId Slack workspace
 * @param recipientId the user (or, for a digest, the channel) it goes to
 * @param period the recipient's local date it belongs to
 * @param kind reminder, escalation or digest
 */
public record ReminderKey(String teamId, String recipientId, LocalDate period, ReminderKind kind) {

  public ReminderKey {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(recipientId, "recipientId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(kind, "kind");
  }

  /** "T1/U1/2026-11-23/reminder": the tag carried in the Slack message's metadata. */
  public String asText() {
    return teamId + "/" + recipientId + "/" + period + "/" + kind.word();
  }
}
