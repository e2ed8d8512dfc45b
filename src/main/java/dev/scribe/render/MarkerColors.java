package dev.scribe.render;

import dev.scribe.timeline.Marker;
import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;

/** One colour per marker, distinct from its neighbours and readable on white. */
final class MarkerColors {

  static final Color IMPACT_WINDOW = new Color(214, 39, 40, 36);
  static final Color OTHER_EVENT = new Color(150, 150, 150);
  static final Color AXIS = new Color(90, 90, 90);
  static final Color GRID = new Color(232, 232, 232);
  static final Color TEXT = new Color(33, 33, 33);
  static final Color MUTED = new Color(110, 110, 110);
  static final Color WARNING = new Color(200, 0, 0);

  private static final Map<Marker, Color> COLORS = new EnumMap<>(Marker.class);

  static {
    COLORS.put(Marker.IMPACT, new Color(214, 39, 40));
    COLORS.put(Marker.ALERT, new Color(255, 127, 14));
    COLORS.put(Marker.ACK, new Color(188, 140, 0));
    COLORS.put(Marker.INVESTIGATING, new Color(148, 103, 189));
    COLORS.put(Marker.CAUSE, new Color(31, 119, 180));
    COLORS.put(Marker.FIX, new Color(23, 170, 190));
    COLORS.put(Marker.RESTORED, new Color(44, 160, 44));
    COLORS.put(Marker.RESOLVED, new Color(57, 59, 121));
    COLORS.put(Marker.NOTE, OTHER_EVENT);
  }

  private MarkerColors() {}

  static Color of(Marker marker) {
    return COLORS.get(marker);
  }
}
