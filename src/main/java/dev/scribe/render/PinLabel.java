package dev.scribe.render;

import dev.scribe.common.Times;
import dev.scribe.postmortem.TimelineChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A marker's pin on the axis and its label box, placed in the lowest lane where it fits. */
record PinLabel(
    TimelineChart.Point point, int x, int left, int width, int lane, String head, String body) {

  private static final int MAX_TEXT = 240;
  private static final int BOX_HEIGHT = 38;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter DAY_CLOCK =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  static PinLabel place(
      TimelineChart.Point point,
      TimeAxis axis,
      ZoneId zone,
      boolean withDate,
      Graphics2D probe,
      LabelLanes lanes) {
    int x = axis.x(point.at());
    ZonedDateTime local = point.at().atZone(zone);
    String clock = (withDate ? DAY_CLOCK : CLOCK).format(local) + " " + Times.zoneName(local);
    String head = (point.flagged() ? "⚠ " : "") + point.marker().display() + " · " + clock;
    FontMetrics plain = probe.getFontMetrics(ChartFonts.PLAIN);
    String body = TimelineImageRenderer.fit(point.text(), plain, MAX_TEXT);
    int width =
        Math.max(probe.getFontMetrics(ChartFonts.BOLD).stringWidth(head), plain.stringWidth(body))
            + 20;
    boolean flip = x + width > TimelineImageRenderer.WIDTH - 12;
    int left = flip ? x - width : x;
    return new PinLabel(point, x, left, width, lanes.place(x, left, left + width), head, body);
  }

  /** The pin's line, drawn before every box so that a box hides lines behind it. */
  void paintPin(Graphics2D g, int axisY) {
    g.setColor(MarkerColors.of(point.marker()));
    g.setStroke(new BasicStroke(2f));
    g.drawLine(x, axisY, x, top(axisY) + BOX_HEIGHT);
  }

  /** The label box, and the pin's head on the axis. */
  void paintLabel(Graphics2D g, int axisY) {
    Color color = MarkerColors.of(point.marker());
    int top = top(axisY);
    g.setColor(Color.WHITE);
    g.fillRoundRect(left, top, width, BOX_HEIGHT, 8, 8);
    g.setColor(point.flagged() ? MarkerColors.WARNING : color);
    g.setStroke(new BasicStroke(1f));
    g.drawRoundRect(left, top, width, BOX_HEIGHT, 8, 8);
    g.setColor(color);
    g.fillRect(x == left ? left : x - 4, top, 4, BOX_HEIGHT + 1);
    g.setFont(ChartFonts.BOLD);
    g.setColor(point.flagged() ? MarkerColors.WARNING : MarkerColors.TEXT);
    g.drawString(head, left + 10, top + 16);
    g.setFont(ChartFonts.PLAIN);
    g.setColor(MarkerColors.MUTED);
    g.drawString(body, left + 10, top + 32);
    g.setColor(color);
    g.fillOval(x - 7, axisY - 7, 14, 14);
    if (point.flagged()) {
      g.setColor(MarkerColors.WARNING);
      g.setStroke(new BasicStroke(2f));
      g.drawOval(x - 10, axisY - 10, 20, 20);
    }
  }

  private int top(int axisY) {
    return axisY - 24 - (lane + 1) * TimelineImageRenderer.LANE_HEIGHT + 8;
  }
}
