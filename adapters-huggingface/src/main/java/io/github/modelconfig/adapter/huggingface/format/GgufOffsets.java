package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.domain.weights.GgmlType;
import io.vavr.control.Option;

/**
 * Driven-adapter helper: GGUF tensor offsets as the infos pass in file order (spec §9.1): each
 * aligned, each where the previous one ended (padded to the alignment) while sizes are known; keeps
 * the furthest end, which must lie inside the file.
 */
final class GgufOffsets {

  private final long alignment;
  private long expected;
  private boolean sizesKnown = true;
  private long lastEnd;
  private long lastIndex = -1;

  GgufOffsets(long alignment) {
    this.alignment = alignment;
  }

  /** The next info's offset checked; the problem with it, if any. */
  Option<String> next(long index, int typeId, long bytes, long offset) {
    if (offset % alignment != 0) {
      return Option.of("offset " + offset + " is not aligned to " + alignment);
    }
    if (sizesKnown && offset != expected) {
      return Option.of("starts at " + offset + " but should start at " + expected);
    }
    long end = offset > Long.MAX_VALUE - bytes ? Long.MAX_VALUE : offset + bytes;
    if (end >= lastEnd) {
      lastEnd = end;
      lastIndex = index;
    }
    sizesKnown = sizesKnown && GgmlType.ofId(typeId).isDefined();
    expected = end == Long.MAX_VALUE ? Long.MAX_VALUE : align(end - offset, alignment) + offset;
    return Option.none();
  }

  /** Where the furthest tensor ends, relative to the tensor data. */
  long lastEnd() {
    return lastEnd;
  }

  /** The index of the tensor that ends furthest; -1 before any. */
  long lastIndex() {
    return lastIndex;
  }

  static long align(long x, long alignment) {
    return (x + alignment - 1) / alignment * alignment;
  }
}
