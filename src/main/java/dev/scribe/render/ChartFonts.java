package dev.scribe.render;

import java.awt.Font;

/**
 * The charts' fonts. A class of their own so that the font system starts when the first chart is
 * drawn, not when the renderers are built at start-up.
 */
final class ChartFonts {

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
  static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  static final Font PLAIN = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private ChartFonts() {}
}
