package dev.scribe.render;

import java.io.Writer;

/** A draft in memory that stops growing at the budget's limit instead of filling the heap. */
final class BoundedWriter extends Writer {

  private final StringBuilder text = new StringBuilder(16 * 1024);
  private final RenderBudget budget;

  BoundedWriter(RenderBudget budget) {
    this.budget = budget;
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    budget.write(length);
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string, int offset, int length) {
    budget.write(length);
    text.append(string, offset, offset + length);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
