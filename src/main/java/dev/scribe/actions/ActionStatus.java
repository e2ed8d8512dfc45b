package dev.scribe.actions;

/** Where an action item stands. */
public enum ActionStatus {
  OPEN,
  DONE,
  DROPPED
}
