package dev.scribe.actions;

import java.util.Locale;

/** The kinds of message the reminder sweep sends. */
public enum ReminderKind {
  /** An owner's daily list of their overdue items. */
  REMINDER,
  /** An incident owner told of items long overdue. */
  ESCALATION,
  /** The weekly summary posted to a channel. */
  DIGEST,
  /** A facilitator told that the post-mortem of a resolved incident is not Final yet. */
  POSTMORTEM_DUE;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
