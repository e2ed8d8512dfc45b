package dev.scribe.render;

import dev.scribe.postmortem.TimelineChart;
import dev.scribe.postmortem.TimelineImager;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws the incident timeline with Java2D, headless: a time axis in the display zone, one labelled
 * pin per marker (stacked so labels never overlap), ticks for the other events, the impact window
 * T1→T7 shaded, a legend and the key metrics.
 */
public final class TimelineImageRenderer implements TimelineImager {

  static final int WIDTH = 1400;
  static final int MARGIN = 60;
  static final int TOP = 84;
  static final int LANE_HEIGHT = 48;

  @Override
  public byte[] png(TimelineChart chart) {
    return render(chart);
  }

  /** The chart as PNG bytes. */
  public byte[] render(TimelineChart chart) {
    BufferedImage image = draw(chart);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  BufferedImage draw(TimelineChart chart) {
    ChartLayout layout = ChartLayout.of(chart);
    int axisY = layout.axisY();
    BufferedImage image = new BufferedImage(WIDTH, layout.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(image);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, layout.height());
    AxisPainter painter = new AxisPainter(g, layout.axis(), chart, layout.empty());
    painter.header(chart.title());
    painter.grid(TOP - 8, axisY);
    painter.impactWindow(TOP - 8, axisY, layout.last());
    painter.otherEvents(axisY);
    painter.axis(axisY);
    if (layout.empty()) {
      painter.empty(axisY);
    }
    // Every pin line first, so that label boxes cover the lines passing behind them.
    layout.labels().forEach(label -> label.paintPin(g, axisY));
    layout.labels().forEach(label -> label.paintLabel(g, axisY));
    layout.legend().paint(g, MARGIN, axisY + 56);
    painter.footer(axisY + 56 + layout.legend().height() + 20);
    g.dispose();
    return image;
  }

  static Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setStroke(new BasicStroke(1f));
    return g;
  }

  /** The text cut with an ellipsis so that it fits in the width. */
  static String fit(String full, FontMetrics metrics, int width) {
    String text = full.length() > 160 ? full.substring(0, 160) : full;
    if (text.length() == full.length() && metrics.stringWidth(text) <= width) {
      return text;
    }
    int end = text.length();
    while (end > 0 && metrics.stringWidth(text.substring(0, end) + "…") > width) {
      end--;
    }
    return text.substring(0, end).strip() + "…";
  }
}
