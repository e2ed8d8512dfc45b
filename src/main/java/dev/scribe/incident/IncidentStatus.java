package dev.scribe.incident;

/** Whether an incident is still being worked. */
public enum IncidentStatus {
  OPEN,
  RESOLVED
}
