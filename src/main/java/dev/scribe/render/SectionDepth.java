package dev.scribe.render;

/**
 * How deeply a mustache template nests its sections, read the way mustache.java reads tags
 * (delimiter changes included), before it is compiled: mustache.java compiles and runs nested
 * sections by recursion, so a template nested thousands deep would overflow the stack.
 */
final class SectionDepth {

  private SectionDepth() {}

  static int of(String source) {
    String open = "{{";
    String close = "}}";
    int depth = 0;
    int deepest = 0;
    int at = 0;
    while ((at = source.indexOf(open, at)) >= 0) {
      int end = source.indexOf(close, at + open.length());
      if (end < 0) {
        break;
      }
      String tag = source.substring(at + open.length(), end).strip();
      at = end + close.length();
      if (tag.isEmpty()) {
        continue;
      }
      switch (tag.charAt(0)) {
        case '#', '^', '<', '$' -> deepest = Math.max(deepest, ++depth);
        case '/' -> depth = Math.max(0, depth - 1);
        case '=' -> {
          // As mustache.java does: "{{=<% %>=}}" without white space is "=<%%>=".
          String delimiters = tag.replaceAll("\\s+", "");
          int length = delimiters.length();
          if (length >= 4 && length <= 6 && length % 2 == 0 && delimiters.endsWith("=")) {
            open = delimiters.substring(1, length / 2);
            close = delimiters.substring(length / 2, length - 1);
          }
        }
        default -> {}
      }
    }
    return deepest;
  }
}
