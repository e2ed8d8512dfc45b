package dev.scribe.app;

import dev.scribe.outbox.DepthCount;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The outbox's depth as {@code scribe_outbox_messages{kind, state}}: messages pending, being sent
 * or given up, by kind; read from the database when metrics are scraped.
 */
final class OutboxMetrics {

  private final MultiGauge depth;
  private final Supplier<List<DepthCount>> counts;

  OutboxMetrics(MeterRegistry meters, Supplier<List<DepthCount>> counts) {
    this.depth =
        MultiGauge.builder("scribe.outbox.messages")
            .description("Messages in the outbox by kind and state (pending, sending, failed)")
            .register(meters);
    this.counts = counts;
  }

  void refresh() {
    depth.register(
        counts.get().stream()
            .map(
                c ->
                    MultiGauge.Row.of(
                        Tags.of(
                            "kind", c.kind(), "state", c.state().name().toLowerCase(Locale.ROOT)),
                        c.count()))
            .toList(),
        true);
  }
}
