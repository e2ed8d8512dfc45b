package dev.scribe.home;

/**
 * Which page of a list to read.
 *
 * @param number the page number, from 0
 * @param size the most rows a page holds
 */
public record PageRequest(int number, int size) {

  public PageRequest {
    if (number < 0 || size < 1) {
      throw new IllegalArgumentException("bad page request " + number + "/" + size);
    }
  }

  /** Rows to skip. */
  public int offset() {
    return number * size;
  }
}
