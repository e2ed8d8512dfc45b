package dev.scribe.render;

import dev.scribe.common.Times;
import dev.scribe.postmortem.TimelineChart;
import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The parts of the chart behind the pins: title, grid, impact window, event ticks, the axis. */
final class AxisPainter {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private final Graphics2D g;
  private final TimeAxis axis;
  private final TimelineChart chart;
  private final List<Instant> ticks;

  AxisPainter(Graphics2D g, TimeAxis axis, TimelineChart chart, boolean empty) {
    this.g = g;
    this.axis = axis;
    this.chart = chart;
    // Without events there is no time to show: a bare axis, not one around 1970.
    this.ticks = empty ? List.of() : axis.ticks();
  }

  void header(String title) {
    g.setColor(MarkerColors.TEXT);
    g.setFont(ChartFonts.TITLE);
    g.drawString(
        TimelineImageRenderer.fit(
            title,
            g.getFontMetrics(),
            TimelineImageRenderer.WIDTH - 2 * TimelineImageRenderer.MARGIN),
        TimelineImageRenderer.MARGIN,
        38);
    g.setFont(ChartFonts.PLAIN);
    g.setColor(MarkerColors.MUTED);
    String zone = chart.zone().normalized().equals(ZoneOffset.UTC) ? "UTC" : chart.zone().getId();
    g.drawString(
        "Times in " + zone + " · shaded: impact window, T1 → T7", TimelineImageRenderer.MARGIN, 60);
  }

  void grid(int top, int axisY) {
    g.setColor(MarkerColors.GRID);
    g.setStroke(new BasicStroke(1f));
    ticks.forEach(t -> g.drawLine(axis.x(t), top, axis.x(t), axisY));
  }

  void impactWindow(int top, int axisY, Instant last) {
    if (chart.impactStart().isEmpty()) {
      return;
    }
    int start = axis.x(chart.impactStart().get());
    int end = axis.x(chart.impactEnd().orElse(last));
    g.setColor(MarkerColors.IMPACT_WINDOW);
    g.fillRect(Math.min(start, end), top, Math.abs(end - start), axisY - top);
    if (chart.impactEnd().isEmpty()) {
      g.setFont(ChartFonts.SMALL);
      g.setColor(MarkerColors.WARNING);
      g.drawString("impact end (T7) not recorded", Math.max(start, end) - 170, top + 14);
    }
  }

  void otherEvents(int axisY) {
    g.setColor(MarkerColors.OTHER_EVENT);
    g.setStroke(new BasicStroke(1f));
    chart.others().forEach(t -> g.drawLine(axis.x(t), axisY - 13, axis.x(t), axisY - 3));
  }

  void axis(int axisY) {
    g.setColor(MarkerColors.AXIS);
    g.setStroke(new BasicStroke(2f));
    g.drawLine(
        TimelineImageRenderer.MARGIN,
        axisY,
        TimelineImageRenderer.WIDTH - TimelineImageRenderer.MARGIN,
        axisY);
    g.setStroke(new BasicStroke(1f));
    FontMetrics small = g.getFontMetrics(ChartFonts.SMALL);
    g.setFont(ChartFonts.SMALL);
    LocalDate shownDay = null;
    for (Instant tick : ticks) {
      int x = axis.x(tick);
      ZonedDateTime local = tick.atZone(chart.zone());
      g.setColor(MarkerColors.AXIS);
      g.drawLine(x, axisY, x, axisY + 6);
      String clock = CLOCK.format(local);
      g.drawString(clock, x - small.stringWidth(clock) / 2, axisY + 20);
      if (!local.toLocalDate().equals(shownDay)) {
        shownDay = local.toLocalDate();
        String day = DAY.format(local) + " " + Times.zoneName(local);
        g.setColor(MarkerColors.MUTED);
        g.drawString(day, x - small.stringWidth(clock) / 2, axisY + 36);
      }
    }
  }

  void empty(int axisY) {
    g.setFont(ChartFonts.BOLD);
    g.setColor(MarkerColors.MUTED);
    g.drawString("No events recorded yet", TimelineImageRenderer.MARGIN + 10, axisY - 20);
  }

  void footer(int y) {
    g.setFont(ChartFonts.PLAIN);
    g.setColor(MarkerColors.TEXT);
    g.drawString(String.join("   ·   ", chart.footer()), TimelineImageRenderer.MARGIN, y);
  }
}
