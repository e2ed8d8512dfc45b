package dev.scribe.insights;

import java.util.List;
import java.util.Objects;

/**
 * The numbers of {@code /pm stats}: every metric over the period's incidents, optionally per group,
 * and the incidents whose timelines need fixing.
 *
 * @param period the period asked for
 * @param grouping how the groups were formed
 * @param all every incident of the period
 * @param groups one per severity, service or tag; empty without grouping
 * @param toFix incidents with a missing or negative metric, oldest first
 */
public record StatsReport(
    Period period,
    Grouping grouping,
    GroupStats all,
    List<GroupStats> groups,
    List<DataToFix> toFix) {

  public StatsReport {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(all, "all");
    groups = List.copyOf(groups);
    toFix = List.copyOf(toFix);
  }
}
