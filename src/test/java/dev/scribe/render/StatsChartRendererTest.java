package dev.scribe.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.insights.ActionCounts;
import dev.scribe.insights.GroupStats;
import dev.scribe.insights.Grouping;
import dev.scribe.insights.MetricStats;
import dev.scribe.insights.Period;
import dev.scribe.insights.SortedDurations;
import dev.scribe.insights.StatsReport;
import dev.scribe.metrics.Metric;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class StatsChartRendererTest {

  /** Detect recorded for 10,000 incidents; every other metric for none. */
  static StatsReport report() {
    List<MetricStats> metrics = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      SortedDurations values =
          metric == Metric.TIME_TO_DETECT
              ? SortedDurations.of(
                  LongStream.range(0, 10_000)
                      .mapToObj(i -> Duration.ofSeconds(60 + i * 7))
                      .toList())
              : SortedDurations.empty();
      metrics.add(new MetricStats(metric, 10_000, values, 10_000 - values.count(), 0));
    }
    GroupStats all = new GroupStats("all incidents", 10_000, ActionCounts.NONE, metrics);
    Period period =
        new Period(
            LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), ZoneOffset.UTC, "2026");
    return new StatsReport(period, Grouping.NONE, all, List.of(), List.of());
  }

  @Test
  void onePngRowPerMetricWithDotsOnlyWhereSomethingWasRecorded() throws Exception {
    byte[] png = new StatsChartRenderer().png(report());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(StatsChartRenderer.WIDTH);
    assertThat(image.getHeight()).isEqualTo(90 + 86 * 6 + 50);
    assertThat(coloured(image, 90, 90 + 86)).isGreaterThan(500);
    // The empty rows say so in grey text, but draw no dots: far fewer coloured pixels.
    assertThat(coloured(image, 90 + 86, 90 + 2 * 86)).isLessThan(coloured(image, 90, 90 + 86) / 4);
  }

  /** Pixels in the plot area (right of the labels) that are neither white nor grey. */
  private static int coloured(BufferedImage image, int top, int bottom) {
    int n = 0;
    for (int y = top; y < bottom; y++) {
      for (int x = 300; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
          n++;
        }
      }
    }
    return n;
  }
}
