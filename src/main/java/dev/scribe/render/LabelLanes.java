package dev.scribe.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Stacks pin labels in horizontal lanes above the axis. A label takes the lowest lane where its box
 * overlaps no other box and no pin passing through, and where its own pin, on the way up, crosses
 * no box of a lower lane. Placing pins right to left with boxes to the right of their pin makes
 * that possible; when it is not, overlap of boxes is still avoided.
 */
final class LabelLanes {

  private static final int GAP = 10;
  private static final int PIN = 3;

  private final List<List<int[]>> boxes = new ArrayList<>();
  private final List<List<int[]>> pins = new ArrayList<>();

  /** The lane for a pin at x whose label spans [start, end] pixels. */
  int place(int x, int start, int end) {
    int lane = firstLane(x, start, end, true);
    if (lane < 0) {
      lane = firstLane(x, start, end, false);
    }
    while (boxes.size() <= lane) {
      boxes.add(new ArrayList<>());
      pins.add(new ArrayList<>());
    }
    boxes.get(lane).add(new int[] {start, end});
    for (int below = 0; below < lane; below++) {
      pins.get(below).add(new int[] {x - PIN, x + PIN});
    }
    return lane;
  }

  int count() {
    return boxes.size();
  }

  private int firstLane(int x, int start, int end, boolean pinMustBeClear) {
    int limit = boxes.size() + (pinMustBeClear ? 1 : 0);
    for (int lane = 0; lane <= limit; lane++) {
      if (fits(lane, start, end) && (!pinMustBeClear || pinClearBelow(lane, x))) {
        return lane;
      }
    }
    return pinMustBeClear ? -1 : boxes.size();
  }

  private boolean fits(int lane, int start, int end) {
    return lane >= boxes.size()
        || (free(boxes.get(lane), start - GAP, end + GAP) && free(pins.get(lane), start, end));
  }

  private boolean pinClearBelow(int lane, int x) {
    for (int below = 0; below < Math.min(lane, boxes.size()); below++) {
      if (!free(boxes.get(below), x - PIN, x + PIN)) {
        return false;
      }
    }
    return true;
  }

  private static boolean free(List<int[]> taken, int start, int end) {
    return taken.stream().allMatch(t -> end < t[0] || start > t[1]);
  }
}
