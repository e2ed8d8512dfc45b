package dev.scribe.render;

import dev.scribe.postmortem.TimelineChart;
import dev.scribe.timeline.Marker;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** The key: each marker's colour, the impact window, other events; wrapped into rows. */
final class Legend {

  private static final int ROW = 22;
  private static final int SWATCH = 12;
  private static final int SPACING = 26;

  private enum Kind {
    MARKER,
    WINDOW,
    OTHER,
    WARNING
  }

  private record Item(Kind kind, Color color, String text, int x, int row) {}

  private final List<Item> items = new ArrayList<>();
  private final int rows;

  Legend(TimelineChart chart, int width, FontMetrics metrics) {
    List<Item> raw = new ArrayList<>();
    for (Marker m : Marker.timelineMarkers()) {
      raw.add(new Item(Kind.MARKER, MarkerColors.of(m), m.display(), 0, 0));
    }
    raw.add(new Item(Kind.WINDOW, MarkerColors.IMPACT_WINDOW, "impact window (T1 → T7)", 0, 0));
    raw.add(
        new Item(
            Kind.OTHER,
            MarkerColors.OTHER_EVENT,
            "other events (" + chart.others().size() + ")",
            0,
            0));
    if (chart.markers().stream().anyMatch(TimelineChart.Point::flagged)) {
      raw.add(new Item(Kind.WARNING, MarkerColors.WARNING, "⚠ out of order", 0, 0));
    }
    int x = 0;
    int row = 0;
    for (Item item : raw) {
      int w = SWATCH + 6 + metrics.stringWidth(item.text()) + SPACING;
      if (x > 0 && x + w > width) {
        x = 0;
        row++;
      }
      items.add(new Item(item.kind(), item.color(), item.text(), x, row));
      x += w;
    }
    rows = row + 1;
  }

  int height() {
    return rows * ROW;
  }

  void paint(Graphics2D g, int left, int top) {
    g.setFont(ChartFonts.SMALL);
    for (Item item : items) {
      int x = left + item.x();
      int y = top + item.row() * ROW;
      swatch(g, item, x, y);
      g.setColor(item.kind() == Kind.WARNING ? MarkerColors.WARNING : MarkerColors.TEXT);
      g.drawString(item.text(), x + SWATCH + 6, y + 11);
    }
  }

  private static void swatch(Graphics2D g, Item item, int x, int y) {
    g.setColor(item.color());
    switch (item.kind()) {
      case MARKER -> g.fillOval(x, y, SWATCH, SWATCH);
      case WINDOW -> g.fillRect(x, y - 1, SWATCH, SWATCH + 2);
      case OTHER -> g.drawLine(x + SWATCH / 2, y, x + SWATCH / 2, y + SWATCH);
      case WARNING -> g.drawOval(x, y, SWATCH, SWATCH);
    }
  }
}
