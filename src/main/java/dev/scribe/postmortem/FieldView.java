package dev.scribe.postmortem;

import java.util.List;

/**
 * One {@code /pm set} field, in the forms a template needs.
 *
 * @param key the word typed after {@code /pm set}, e.g. "root-cause"
 * @param set true when the team filled it in
 * @param text the value on one line (safe in a sentence or a table cell), "" when not set
 * @param block the value as paragraphs for a line of its own, or a quoted prompt line saying how to
 *     fill it in
 * @param inline the value on one line (safe in a table cell), or a short prompt
 * @param items the value split into lines (newlines or ';'), each on one line; empty when not set
 * @param prompt what the field is for and how to set it
 */
public record FieldView(
    String key,
    boolean set,
    String text,
    String block,
    String inline,
    List<String> items,
    String prompt) {

  public FieldView {
    items = List.copyOf(items);
  }
}
