package dev.scribe.insights;

import java.util.List;
import java.util.Objects;

/**
 * The numbers of one group of incidents (all of them, or one severity, service or tag).
 *
 * @param name "all incidents", "SEV2", "checkout-api", "(no severity)"
 * @param incidents N
 * @param actions their open action items, and how many are overdue
 * @param metrics every metric of the contract, in contract order
 */
public record GroupStats(
    String name, int incidents, ActionCounts actions, List<MetricStats> metrics) {

  public GroupStats {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(actions, "actions");
    metrics = List.copyOf(metrics);
  }
}
