package io.github.modelconfig.adapter.huggingface.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Driven-adapter helper: a growable sequence of longs kept in blocks of 65,536, so it grows without
 * copying and holds 8 bytes an element; sorted in place (heapsort: no extra memory, n log n), as
 * single values or as (first, second) pairs.
 */
final class LongBlocks {

  private static final int SHIFT = 16;
  private static final int BLOCK = 1 << SHIFT;
  private static final int MASK = BLOCK - 1;

  private final List<long[]> blocks = new ArrayList<>();
  private long size;

  long size() {
    return size;
  }

  void add(long value) {
    if ((size & MASK) == 0 && (size >>> SHIFT) == blocks.size()) {
      blocks.add(new long[BLOCK]);
    }
    set(size++, value);
  }

  long get(long i) {
    return blocks.get((int) (i >>> SHIFT))[(int) (i & MASK)];
  }

  private void set(long i, long value) {
    blocks.get((int) (i >>> SHIFT))[(int) (i & MASK)] = value;
  }

  /** Sorts the values in ascending order. */
  void sort() {
    heapsort(size, 1);
  }

  /** Sorts the (value 2k, value 2k+1) pairs by first, then second value. */
  void sortPairs() {
    heapsort(size / 2, 2);
  }

  /** True when the pairs are already in order (writers usually write them so). */
  boolean pairsSorted() {
    for (long k = 1; k < size / 2; k++) {
      if (compare(k - 1, k, 2) > 0) {
        return false;
      }
    }
    return true;
  }

  private void heapsort(long n, int width) {
    for (long i = n / 2 - 1; i >= 0; i--) {
      siftDown(i, n, width);
    }
    for (long end = n - 1; end > 0; end--) {
      swap(0, end, width);
      siftDown(0, end, width);
    }
  }

  private void siftDown(long root, long n, int width) {
    long i = root;
    while (true) {
      long child = 2 * i + 1;
      if (child >= n) {
        return;
      }
      if (child + 1 < n && compare(child, child + 1, width) < 0) {
        child++;
      }
      if (compare(i, child, width) >= 0) {
        return;
      }
      swap(i, child, width);
      i = child;
    }
  }

  private int compare(long a, long b, int width) {
    int c = Long.compare(get(a * width), get(b * width));
    return c != 0 || width == 1 ? c : Long.compare(get(a * width + 1), get(b * width + 1));
  }

  private void swap(long a, long b, int width) {
    for (int k = 0; k < width; k++) {
      long x = get(a * width + k);
      set(a * width + k, get(b * width + k));
      set(b * width + k, x);
    }
  }
}
