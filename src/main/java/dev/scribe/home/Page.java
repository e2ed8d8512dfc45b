package dev.scribe.home;

import java.util.List;
import java.util.Objects;

/**
 * One page of a longer list.
 *
 * @param rows the rows on this page
 * @param number the page number, from 0
 * @param size the most rows a page holds
 * @param total how many rows the whole list has
 */
public record Page<T>(List<T> rows, int number, int size, int total) {

  public Page {
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    if (number < 0 || size < 1 || total < 0 || rows.size() > size) {
      throw new IllegalArgumentException(
          "bad page " + number + " of size " + size + " with " + rows.size() + "/" + total);
    }
  }

  /** Position of the first row shown, from 1; 0 when the page is empty. */
  public int firstShown() {
    return rows.isEmpty() ? 0 : number * size + 1;
  }

  public int lastShown() {
    return number * size + rows.size();
  }

  public boolean hasPrevious() {
    return number > 0;
  }

  public boolean hasNext() {
    return lastShown() < total;
  }

  /** The last page that has rows (0 for an empty list). */
  public static int lastPage(int total, int size) {
    return total == 0 ? 0 : (total - 1) / size;
  }
}
