package dev.scribe.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * How a Markdown draft reads to a CommonMark parser with GitHub's tables: the judge of whether
 * hostile text broke it. {@link #problems()} lists what no draft may have whatever was typed;
 * {@link #structure()} is what must not change when the words change (the template's headings,
 * tables, fences and rules).
 *
 * @param problems rows with another column count than their table's header, unclosed fences, raw
 *     HTML (Scribe's own {@code <br>} in cells aside), indented code, line separators, images
 * @param structure the template's skeleton: headings, tables with their columns, fence infos
 * @param links the addresses of every link
 * @param outsideCode the Markdown with code spans and code blocks blanked out: what a reader (or a
 *     Slack canvas) takes for text and markup rather than code
 */
public record MarkdownShape(
    List<String> problems, List<String> structure, List<String> links, String outsideCode) {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  public static MarkdownShape of(String markdown) {
    List<String> problems = new ArrayList<>();
    List<String> structure = new ArrayList<>();
    List<String> links = new ArrayList<>();
    StringBuilder outsideCode = new StringBuilder(markdown);
    rawProblems(markdown, problems);
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Heading heading) {
                structure.add("heading " + heading.getLevel());
                visitChildren(heading);
              }

              @Override
              public void visit(ThematicBreak rule) {
                structure.add("rule");
              }

              @Override
              public void visit(Code code) {
                blank(outsideCode, code);
              }

              @Override
              public void visit(FencedCodeBlock fence) {
                blank(outsideCode, fence);
                structure.add("fence " + fence.getInfo());
                if (fence.getClosingFenceLength() == null) {
                  problems.add("a code fence is never closed: " + fence.getInfo());
                }
              }

              @Override
              public void visit(IndentedCodeBlock code) {
                problems.add("indented code: " + code.getLiteral());
              }

              @Override
              public void visit(HtmlBlock html) {
                problems.add("HTML block: " + html.getLiteral());
              }

              @Override
              public void visit(HtmlInline html) {
                if (!html.getLiteral().equalsIgnoreCase("<br>")) {
                  problems.add("inline HTML: " + html.getLiteral());
                }
              }

              @Override
              public void visit(Image image) {
                problems.add("image: " + image.getDestination());
              }

              @Override
              public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
              }

              @Override
              public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                  table(markdown, table, structure, problems);
                }
                visitChildren(block);
              }

              @Override
              public void visit(CustomNode node) {
                visitChildren(node);
              }
            });
    return new MarkdownShape(problems, structure, links, outsideCode.toString());
  }

  private static void blank(StringBuilder text, Node node) {
    for (SourceSpan span : node.getSourceSpans()) {
      for (int i = span.getInputIndex(); i < span.getInputIndex() + span.getLength(); i++) {
        text.setCharAt(i, ' ');
      }
    }
  }

  /** True when nothing is wrong. */
  public boolean wellFormed() {
    return problems.isEmpty();
  }

  private static void table(
      String markdown, TableBlock table, List<String> structure, List<String> problems) {
    List<TableRow> rows = new ArrayList<>();
    collectRows(table, rows);
    int columns = cells(source(markdown, rows.get(0)));
    structure.add("table of " + columns);
    for (TableRow row : rows) {
      String line = source(markdown, row);
      if (cells(line) != columns) {
        problems.add("a row of " + cells(line) + " cells in a table of " + columns + ": " + line);
      }
    }
  }

  private static void collectRows(Node node, List<TableRow> rows) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableRow row) {
        rows.add(row);
      } else if (child instanceof TableHead || child.getFirstChild() != null) {
        collectRows(child, rows);
      }
    }
  }

  private static String source(String markdown, Node node) {
    SourceSpan span = node.getSourceSpans().get(0);
    return markdown.substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
  }

  /**
   * Cells in a raw row as GitHub splits it: at every pipe a backslash does not escape, a leading
   * and a trailing pipe aside.
   */
  static int cells(String row) {
    String line = row.strip();
    int pipes = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        pipes++;
      }
    }
    int cells = pipes + 1;
    if (line.startsWith("|")) {
      cells--;
    }
    if (line.endsWith("|") && !line.endsWith("\\|")) {
      cells--;
    }
    return cells;
  }

  /** Characters some renderers and editors take for line breaks, where CommonMark sees none. */
  private static void rawProblems(String markdown, List<String> problems) {
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      boolean loneCr = c == '\r' && (i + 1 == markdown.length() || markdown.charAt(i + 1) != '\n');
      if (loneCr || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B') {
        int from = Math.max(0, i - 30);
        problems.add(
            String.format(
                "U+%04X inside: %s",
                (int) c, markdown.substring(from, Math.min(i + 30, markdown.length()))));
      }
    }
  }
}
