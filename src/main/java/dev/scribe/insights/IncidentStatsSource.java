package dev.scribe.insights;

import dev.scribe.incident.IncidentField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** What stats read from storage. Every method is scoped by workspace. */
public interface IncidentStatsSource {

  /**
   * Hands every incident of the workspace declared in the period to {@code each}, oldest first,
   * without holding them all: one row per incident, never its events.
   *
   * @param field when present, the text of this field of each incident is included (the services or
   *     tags it is grouped by)
   */
  void incidents(
      String teamId, Period period, Optional<IncidentField> field, Consumer<IncidentTimes> each);

  /**
   * The open action items of the workspace's incidents declared in the period, by incident id;
   * items due before {@code today} are overdue. Incidents without open items are left out.
   */
  Map<Long, ActionCounts> openActions(String teamId, Period period, LocalDate today);

  /** The workspaces that have incidents: for the operator's command line only. */
  List<String> workspaces();
}
