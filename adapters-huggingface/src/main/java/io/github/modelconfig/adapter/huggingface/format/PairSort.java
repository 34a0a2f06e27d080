package io.github.modelconfig.adapter.huggingface.format;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Driven-adapter helper: sorts two parallel arrays of longs by (first, second) in place: quicksort
 * with random pivots (a file cannot be crafted to make it quadratic) and insertion sort for short
 * runs; no memory beyond the arrays and a small stack.
 */
final class PairSort {

  private static final int SHORT = 24;

  private PairSort() {}

  static boolean sorted(long[] first, long[] second) {
    for (int i = 1; i < first.length; i++) {
      if (compare(first, second, i - 1, i) > 0) {
        return false;
      }
    }
    return true;
  }

  static void sort(long[] first, long[] second) {
    sort(first, second, 0, first.length - 1);
  }

  private static void sort(long[] a, long[] b, int lo, int hi) {
    while (hi - lo > SHORT) {
      int p = lo + ThreadLocalRandom.current().nextInt(hi - lo + 1);
      long pa = a[p];
      long pb = b[p];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (compare(a[i], b[i], pa, pb) < 0) {
          i++;
        }
        while (compare(a[j], b[j], pa, pb) > 0) {
          j--;
        }
        if (i <= j) {
          swap(a, b, i++, j--);
        }
      }
      // Recurse into the smaller part, loop on the larger: the stack stays logarithmic.
      if (j - lo < hi - i) {
        sort(a, b, lo, j);
        lo = i;
      } else {
        sort(a, b, i, hi);
        hi = j;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      for (int k = i; k > lo && compare(a, b, k - 1, k) > 0; k--) {
        swap(a, b, k - 1, k);
      }
    }
  }

  private static int compare(long[] a, long[] b, int i, int j) {
    return compare(a[i], b[i], a[j], b[j]);
  }

  private static int compare(long a1, long b1, long a2, long b2) {
    int c = Long.compare(a1, a2);
    return c != 0 ? c : Long.compare(b1, b2);
  }

  private static void swap(long[] a, long[] b, int i, int j) {
    long x = a[i];
    a[i] = a[j];
    a[j] = x;
    long y = b[i];
    b[i] = b[j];
    b[j] = y;
  }
}
