package dev.scribe.postmortem;

import dev.scribe.common.TextPart;
import dev.scribe.common.TextPart.Link;
import dev.scribe.common.TextPart.Words;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people wrote, made inert for the place it lands in a Markdown draft, so that no text can end
 * a table cell, open a heading, list, quote or code fence, or pass HTML through: it shows as
 * written. Templates receive these strings ready to print; each form says where it is safe.
 *
 * <ul>
 *   <li>{@link #inline}: one line, safe in a table cell, a heading, a list item or a sentence.
 *   <li>{@link #block}: whole paragraphs, at the start of a line.
 *   <li>{@link #mermaid}: a label in a Mermaid diagram.
 *   <li>{@link #picture}: one line of plain text for the timeline picture.
 * </ul>
 *
 * Emphasis ({@code *}, {@code _}, {@code ~}) and code spans people typed are kept: they cannot
 * leave the line they are on. Links Slack recognised stay links (http, https and mailto only).
 */
final class Markdown {

  /** Where a line break stands inside a table cell: the one HTML tag Scribe writes itself. */
  static final String CELL_BREAK = "<br>";

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
  private static final Pattern HEADING = Pattern.compile("#{1,6}(?:[ \\t].*)?");
  private static final Pattern BULLET = Pattern.compile("[-+*](?:[ \\t].*)?");
  private static final Pattern UNDERLINE = Pattern.compile("(?:=+|-+)[ \\t]*");
  private static final Pattern TILDE_FENCE = Pattern.compile("~{3,}.*");
  private static final Pattern ORDERED = Pattern.compile("([0-9]{1,9})([.)](?:[ \\t].*)?)");
  private static final Pattern CLOSING_HASHES = Pattern.compile("([ \\t])(#+)$");
  private static final Pattern SAFE_SCHEME = Pattern.compile("(?i)(?:https?|mailto):.+");
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("\n|;");

  private Markdown() {}

  /** Plain words (a name, a URL typed as text) on one line. */
  static String inline(String words) {
    return inline(List.of(new Words(words)));
  }

  /**
   * One line: line breaks become {@value #CELL_BREAK}, pipes and brackets are escaped, HTML shows
   * as text, and a leading "#", ">", "-", "1." or "~~~" stays a character.
   */
  static String inline(List<TextPart> parts) {
    List<TextPart> line = trimmed(normalized(parts));
    StringBuilder out = new StringBuilder();
    for (TextPart part : line) {
      if (part instanceof Link link) {
        link(link, out);
      } else {
        words(((Words) part).text(), out);
      }
    }
    return guardLineStart(guardClosingHashes(out.toString()));
  }

  /**
   * Paragraphs: each line as {@link #inline}, lines kept apart by hard line breaks, blank lines
   * separating paragraphs. Empty when there are no words.
   */
  static String block(List<TextPart> parts) {
    StringBuilder out = new StringBuilder();
    boolean blankBefore = false;
    for (List<TextPart> line : split(normalized(parts), "\n")) {
      String shown = inline(line);
      if (shown.isEmpty()) {
        blankBefore = !out.isEmpty();
        continue;
      }
      if (!out.isEmpty()) {
        out.append(blankBefore ? "\n\n" : "\\\n");
      }
      out.append(shown);
      blankBefore = false;
    }
    return out.toString();
  }

  /** The text split into items at line breaks and ';', each {@link #inline}; blanks dropped. */
  static List<String> items(List<TextPart> parts) {
    List<String> items = new ArrayList<>();
    for (List<TextPart> item : split(normalized(parts), ITEM_SEPARATOR.pattern())) {
      String shown = inline(item);
      if (!shown.isEmpty()) {
        items.add(shown);
      }
    }
    return items;
  }

  /**
   * A Mermaid label of at most {@code maxChars}: the characters Mermaid reads as syntax (":" ";"
   * "#" "%%" quotes, backticks, "<" that could open HTML, entities) become look-alikes.
   */
  static String mermaid(List<TextPart> parts, int maxChars) {
    String text = cut(picture(parts), maxChars);
    text = ENTITY.matcher(text).replaceAll(m -> "＆" + m.group().substring(1));
    return text.replace(":", "∶")
        .replace(";", ",")
        .replace("#", "＃")
        .replaceAll("%+", "%")
        .replace("`", "'")
        .replace("\"", "'")
        .replace("<", "‹");
  }

  /**
   * Plain text on one line for the picture: no control characters, no direction overrides (they
   * would reorder the rest of the label), links by their label.
   */
  static String picture(List<TextPart> parts) {
    String text = normalized(TextPart.plainText(parts)).replace('\n', ' ');
    return text.replaceAll("[\\u202A-\\u202E\\u2066-\\u2069]", "").replaceAll("\\s+", " ").strip();
  }

  /** At most {@code maxChars} code points, "…" marking a cut. */
  static String cut(String text, int maxChars) {
    if (text.codePointCount(0, text.length()) <= maxChars) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, maxChars - 1)).strip() + "…";
  }

  // Words

  private static void words(String text, StringBuilder out) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '`') {
        int run = run(text, i);
        int close = closingRun(text, i + run, run);
        if (close < 0) {
          out.append("\\`".repeat(run));
        } else {
          code(text.substring(i + run, close), out);
          i = close;
        }
        i += run;
        continue;
      }
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '|' -> out.append("\\|");
        case '[' -> out.append("\\[");
        case '<' -> out.append(opensHtml(text, i) ? "&lt;" : "<");
        case '&' -> out.append(entityAt(text, i) ? "&amp;" : "&");
        case '\n' -> out.append(CELL_BREAK);
        default -> out.append(c);
      }
      i++;
    }
  }

  /**
   * A code span someone typed, kept as code. Its line breaks become spaces, and a pipe splits it
   * into two spans around an escaped pipe, the one form that holds both in a table cell and in a
   * sentence.
   */
  private static void code(String content, StringBuilder out) {
    String[] pieces = content.replace('\n', ' ').split("\\|", -1);
    for (int p = 0; p < pieces.length; p++) {
      if (p > 0) {
        out.append("\\|");
      }
      if (!pieces[p].isEmpty()) {
        out.append(codeSpan(pieces[p]));
      }
    }
  }

  /** The text as one code span whose backtick fence is longer than any run inside it. */
  static String codeSpan(String text) {
    int longest = 0;
    for (int i = 0; i < text.length(); ) {
      int run = text.charAt(i) == '`' ? run(text, i) : 0;
      longest = Math.max(longest, run);
      i += Math.max(run, 1);
    }
    String fence = "`".repeat(longest + 1);
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + text + pad + fence;
  }

  private static int run(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) == '`') {
      end++;
    }
    return end - from;
  }

  /** Where the next run of exactly {@code length} backticks starts, or -1. */
  private static int closingRun(String text, int from, int length) {
    int i = from;
    while (i < text.length()) {
      if (text.charAt(i) == '`') {
        int run = run(text, i);
        if (run == length) {
          return i;
        }
        i += run;
      } else {
        i++;
      }
    }
    return -1;
  }

  /**
   * A "<" that could start a tag, a comment, an autolink or a Slack token ({@code <@U1>}, {@code
   * <!here>}, which a canvas would read): any but one before a space, a digit or "=" ("a < b", "p
   * <5%", "x <= y" stay as written).
   */
  private static boolean opensHtml(String text, int at) {
    if (at + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(at + 1);
    return !(Character.isWhitespace(next) || Character.isDigit(next) || next == '=');
  }

  private static boolean entityAt(String text, int at) {
    Matcher m = ENTITY.matcher(text);
    m.region(at, text.length());
    return m.lookingAt();
  }

  // Links

  private static void link(Link link, StringBuilder out) {
    Optional<String> url = safeUrl(link.url());
    String shown = normalized(link.label()).replace('\n', ' ');
    if (url.isEmpty()) {
      words(shown, out);
    } else if (!link.labelled()) {
      out.append(url.get());
    } else {
      StringBuilder label = new StringBuilder();
      words(shown, label);
      out.append('[').append(label.toString().replace("]", "\\]")).append("](");
      out.append(url.get()).append(')');
    }
  }

  /**
   * An http, https or mailto address, percent-encoded where Markdown would read it as syntax; a
   * "javascript:" or other scheme is not a link.
   */
  private static Optional<String> safeUrl(String url) {
    if (!SAFE_SCHEME.matcher(url).matches()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || "\"<>\\^`{|}()[]\u007f\u0085\u2028\u2029".indexOf(c) >= 0) {
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      } else if (c == '&' && entityAt(url, i)) {
        out.append("&amp;");
      } else {
        out.append(c);
      }
    }
    return Optional.of(out.toString());
  }

  // Lines

  /** Line breaks of every kind as "\n"; other control characters as spaces. */
  private static List<TextPart> normalized(List<TextPart> parts) {
    List<TextPart> out = new ArrayList<>(parts.size());
    for (TextPart part : parts) {
      out.add(part instanceof Words w ? new Words(normalized(w.text())) : part);
    }
    return out;
  }

  private static String normalized(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B') {
        out.append('\n');
      } else if (c == '\u0000') {
        out.append('\uFFFD'); // as CommonMark itself would show it
      } else if (Character.isISOControl(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Leading and trailing white space (line breaks included) removed. */
  private static List<TextPart> trimmed(List<TextPart> parts) {
    List<TextPart> out = new ArrayList<>(parts);
    while (!out.isEmpty() && out.get(0) instanceof Words w && w.text().isBlank()) {
      out.remove(0);
    }
    while (!out.isEmpty() && out.get(out.size() - 1) instanceof Words w && w.text().isBlank()) {
      out.remove(out.size() - 1);
    }
    if (!out.isEmpty() && out.get(0) instanceof Words w) {
      out.set(0, new Words(w.text().stripLeading()));
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Words w) {
      out.set(out.size() - 1, new Words(w.text().stripTrailing()));
    }
    return out;
  }

  /** The parts cut at every match of {@code separator} inside words; links are never cut. */
  private static List<List<TextPart>> split(List<TextPart> parts, String separator) {
    List<List<TextPart>> pieces = new ArrayList<>();
    List<TextPart> current = new ArrayList<>();
    for (TextPart part : parts) {
      if (part instanceof Words w) {
        String[] cut = w.text().split(separator, -1);
        for (int i = 0; i < cut.length; i++) {
          if (i > 0) {
            pieces.add(current);
            current = new ArrayList<>();
          }
          if (!cut[i].isEmpty()) {
            current.add(new Words(cut[i]));
          }
        }
      } else {
        current.add(part);
      }
    }
    pieces.add(current);
    return pieces;
  }

  /** A line that would start a heading, quote, list, rule or fence starts with an escape. */
  private static String guardLineStart(String line) {
    if (line.isEmpty()) {
      return line;
    }
    Matcher ordered = ORDERED.matcher(line);
    if (ordered.matches()) {
      return ordered.group(1) + "\\" + ordered.group(2);
    }
    char first = line.charAt(0);
    boolean opensBlock =
        first == '>'
            || HEADING.matcher(line).matches()
            || BULLET.matcher(line).matches()
            || isThematicBreak(line)
            || UNDERLINE.matcher(line).matches()
            || TILDE_FENCE.matcher(line).matches();
    return opensBlock ? "\\" + line : line;
  }

  /**
   * Three or more of one of "-", "*", "_" and nothing else but blanks. Scanned, not matched with a
   * back-reference: that regex recurses once per character and a line of dashes overflowed it.
   */
  private static boolean isThematicBreak(String line) {
    char mark = line.charAt(0);
    if (mark != '-' && mark != '*' && mark != '_') {
      return false;
    }
    int marks = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == mark) {
        marks++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return marks >= 3;
  }

  /** "Plan B #" would lose its "#" as a heading's closing sequence. */
  private static String guardClosingHashes(String line) {
    return CLOSING_HASHES.matcher(line).replaceFirst("$1\\\\$2");
  }
}
