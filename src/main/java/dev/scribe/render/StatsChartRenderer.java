package dev.scribe.render;

import dev.scribe.common.Times;
import dev.scribe.insights.GroupStats;
import dev.scribe.insights.MetricStats;
import dev.scribe.insights.SortedDurations;
import dev.scribe.insights.StatsChart;
import dev.scribe.insights.StatsReport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The distribution of every metric as a strip plot on one logarithmic time axis: a dot per incident
 * (at most {@value #DOTS} per metric, spread evenly over the ranks, so a year of incidents draws as
 * fast as a week), the median as a solid bar and the 90th percentile as an open one. A log axis
 * because incident durations span seconds to days, and a median of minutes next to a p90 of hours
 * is the point of the picture.
 */
public final class StatsChartRenderer implements StatsChart {

  static final int WIDTH = 1200;
  static final int DOTS = 400;
  private static final int LEFT = 300;
  private static final int RIGHT = 40;
  private static final int TOP = 90;
  private static final int ROW = 86;
  private static final long[] TICKS = {
    1, 10, 60, 300, 900, 3_600, 4 * 3_600, 24 * 3_600, 7 * 24 * 3_600, 30 * 24 * 3_600
  };
  private static final String[] TICK_LABELS = {
    "1 s", "10 s", "1 min", "5 min", "15 min", "1 h", "4 h", "1 d", "7 d", "30 d"
  };

  @Override
  public byte[] png(StatsReport report) {
    GroupStats all = report.all();
    int height = TOP + ROW * all.metrics().size() + 50;
    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = TimelineImageRenderer.graphics(image);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, height);
    g.setColor(MarkerColors.TEXT);
    g.setFont(ChartFonts.TITLE);
    g.drawString("Incident metrics · " + report.period().describe(), 30, 38);
    g.setFont(ChartFonts.SMALL);
    g.setColor(MarkerColors.MUTED);
    g.drawString(
        all.incidents()
            + " incidents · a dot per incident · solid bar: median · open bar: 90th percentile"
            + " · logarithmic time axis",
        30,
        62);
    Axis axis = Axis.of(all.metrics());
    int y = TOP;
    for (MetricStats metric : all.metrics()) {
      row(g, metric, axis, y);
      y += ROW;
    }
    ticks(g, axis, y);
    g.dispose();
    return encode(image);
  }

  private static void row(Graphics2D g, MetricStats m, Axis axis, int top) {
    int mid = top + ROW / 2 - 8;
    g.setColor(MarkerColors.GRID);
    g.drawLine(LEFT, top + ROW - 6, WIDTH - RIGHT, top + ROW - 6);
    g.setColor(MarkerColors.TEXT);
    g.setFont(ChartFonts.BOLD);
    g.drawString(m.metric().display(), 30, mid - 4);
    g.setFont(ChartFonts.SMALL);
    g.setColor(MarkerColors.MUTED);
    g.drawString(
        m.metric().to().code()
            + " − "
            + m.metric().from().code()
            + " · "
            + m.recorded()
            + " of "
            + m.incidents()
            + " recorded",
        30,
        mid + 14);
    SortedDurations values = m.values();
    if (values.isEmpty()) {
      g.drawString("not recorded in any incident of the period", LEFT, mid + 4);
      return;
    }
    Color color = MarkerColors.of(m.metric().to());
    List<Duration> dots = values.sample(DOTS);
    // Opaque enough to see a handful of incidents, faint enough to show density in hundreds.
    int alpha = dots.size() < 50 ? 200 : 90;
    g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha));
    for (int i = 0; i < dots.size(); i++) {
      int jitter = (int) ((i * 7919L) % 25) - 12;
      g.fillOval(axis.x(dots.get(i)) - 4, mid + jitter - 4, 8, 8);
    }
    g.setColor(MarkerColors.TEXT);
    g.setStroke(new BasicStroke(3f));
    int median = axis.x(values.median());
    g.drawLine(median, mid - 18, median, mid + 18);
    g.setStroke(new BasicStroke(1.5f));
    int p90 = axis.x(values.p90());
    g.drawRect(p90 - 2, mid - 18, 4, 36);
    g.setStroke(new BasicStroke(1f));
    g.setFont(ChartFonts.SMALL);
    g.drawString(
        "median "
            + Times.duration(values.median())
            + " · p90 "
            + Times.duration(values.p90())
            + " · range "
            + Times.duration(values.min())
            + " – "
            + Times.duration(values.max()),
        LEFT,
        top + ROW - 12);
  }

  private static void ticks(Graphics2D g, Axis axis, int y) {
    g.setColor(MarkerColors.AXIS);
    g.drawLine(LEFT, y, WIDTH - RIGHT, y);
    g.setFont(ChartFonts.SMALL);
    for (int i = 0; i < TICKS.length; i++) {
      long tick = TICKS[i];
      if (tick < axis.low || tick > axis.high) {
        continue;
      }
      int x = axis.x(Duration.ofSeconds(tick));
      g.setColor(MarkerColors.GRID);
      g.drawLine(x, TOP - 6, x, y);
      g.setColor(MarkerColors.AXIS);
      g.drawLine(x, y, x, y + 5);
      String label = TICK_LABELS[i];
      g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, y + 20);
    }
  }

  private static byte[] encode(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Seconds on a log scale, from the tick below the shortest value to the tick above the longest.
   */
  private record Axis(long low, long high) {

    static Axis of(List<MetricStats> metrics) {
      long min = Long.MAX_VALUE;
      long max = 1;
      for (MetricStats m : metrics) {
        if (!m.values().isEmpty()) {
          min = Math.min(min, Math.max(1, m.values().min().toSeconds()));
          max = Math.max(max, m.values().max().toSeconds());
        }
      }
      long low = TICKS[0];
      long high = TICKS[TICKS.length - 1];
      for (long tick : TICKS) {
        if (tick <= min) {
          low = tick;
        }
      }
      for (int i = TICKS.length - 1; i >= 0; i--) {
        if (TICKS[i] >= max) {
          high = TICKS[i];
        }
      }
      return new Axis(low, Math.max(high, low * 10));
    }

    int x(Duration value) {
      double seconds = Math.min(Math.max(value.toMillis() / 1000.0, low), high);
      double share = Math.log(seconds / low) / Math.log((double) high / low);
      return LEFT + (int) Math.round(share * (WIDTH - LEFT - RIGHT));
    }
  }
}
