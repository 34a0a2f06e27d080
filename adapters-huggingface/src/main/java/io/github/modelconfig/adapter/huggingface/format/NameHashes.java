package io.github.modelconfig.adapter.huggingface.format;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Driven-adapter helper: finds repeated tensor names among millions while keeping 8 bytes a name: a
 * 64-bit hash keyed per instance (so a file cannot be crafted to collide), sorted once; equal
 * hashes are only candidates, which the reader confirms by comparing the names themselves in a
 * second pass.
 */
final class NameHashes {

  private final long key = ThreadLocalRandom.current().nextLong() | 1;
  private final LongBlocks hashes = new LongBlocks();

  long hash(CharSequence name) {
    long h = key;
    for (int i = 0; i < name.length(); i++) {
      h = (h ^ name.charAt(i)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    return mix(h ^ name.length());
  }

  long hash(byte[] bytes, int offset, int length) {
    long h = key;
    for (int i = offset; i < offset + length; i++) {
      h = (h ^ (bytes[i] & 0xFF)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    return mix(h ^ length);
  }

  void add(long hash) {
    hashes.add(hash);
  }

  /** The hashes seen more than once: empty unless names repeat (or, rarely, collide). */
  Set<Long> repeated() {
    long[] sorted = hashes.drain();
    java.util.Arrays.sort(sorted);
    Set<Long> repeated = new HashSet<>();
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        repeated.add(sorted[i]);
      }
    }
    return repeated;
  }

  /** SplitMix64's finalizer. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
