package io.github.modelconfig.adapter.huggingface.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Driven-adapter helper: a growable sequence of longs kept in blocks of 65,536, so it grows without
 * copying and holds 8 bytes an element; drained into plain arrays for sorting, each block let go as
 * soon as it is copied, so draining costs no more than the elements themselves.
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
    if ((size & MASK) == 0) {
      blocks.add(new long[BLOCK]);
    }
    blocks.get((int) (size >>> SHIFT))[(int) (size & MASK)] = value;
    size++;
  }

  /** The values in one array; this sequence is empty afterwards. */
  long[] drain() {
    long[] all = new long[Math.toIntExact(size)];
    for (int b = 0; b < blocks.size(); b++) {
      int from = b << SHIFT;
      System.arraycopy(blocks.get(b), 0, all, from, (int) Math.min(BLOCK, size - from));
      blocks.set(b, null);
    }
    blocks.clear();
    size = 0;
    return all;
  }

  /** The values at even and at odd positions, in two arrays; this sequence is empty afterwards. */
  long[][] drainPairs() {
    int n = Math.toIntExact(size / 2);
    long[] first = new long[n];
    long[] second = new long[n];
    for (int b = 0; b < blocks.size(); b++) {
      long[] block = blocks.get(b);
      long from = (long) b << SHIFT;
      for (int i = 0; i < BLOCK && from + i < 2L * n; i += 2) {
        int k = (int) ((from + i) / 2);
        first[k] = block[i];
        second[k] = block[i + 1];
      }
      blocks.set(b, null);
    }
    blocks.clear();
    size = 0;
    return new long[][] {first, second};
  }
}
