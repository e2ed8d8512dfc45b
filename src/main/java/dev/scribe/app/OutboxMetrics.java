package dev.scribe.app;

import dev.scribe.outbox.DepthCount;
import dev.scribe.outbox.OutboxState;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The outbox's depth as {@code scribe_outbox_messages{kind, state}}: messages pending, being sent
 * or given up, by kind; read from the database when metrics are scraped. A series once seen stays,
 * at 0 when its messages are gone, so that alerts and graphs see it fall rather than vanish.
 */
final class OutboxMetrics {

  private final MultiGauge depth;
  private final Supplier<List<DepthCount>> counts;
  private final Map<Tags, Long> series = new LinkedHashMap<>();

  OutboxMetrics(MeterRegistry meters, Supplier<List<DepthCount>> counts) {
    this.depth =
        MultiGauge.builder("scribe.outbox.messages")
            .description("Messages in the outbox by kind and state (pending, sending, failed)")
            .register(meters);
    this.counts = counts;
  }

  synchronized void refresh() {
    series.replaceAll((tags, count) -> 0L);
    for (DepthCount c : counts.get()) {
      series.put(tags(c.kind(), c.state()), c.count());
    }
    depth.register(
        series.entrySet().stream().map(e -> MultiGauge.Row.of(e.getKey(), e.getValue())).toList(),
        true);
  }

  private static Tags tags(String kind, OutboxState state) {
    return Tags.of("kind", kind, "state", state.name().toLowerCase(Locale.ROOT));
  }
}
