package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.domain.weights.GgmlType;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.GgufTensor;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule: GGUF tensor infos: name, at most {@link #MAX_DIMS} dims, ggml type and offset, sized by
 * {@link GgmlType}; and the checks of the data section: {@code general.alignment} a power of two,
 * offsets aligned, contiguous while sizes are known, and inside the file.
 */
final class GgufTensorInfos {

  static final int MAX_DIMS = 4;

  private final GgufCursor in;
  private final GgufValues values;

  GgufTensorInfos(GgufCursor in, GgufValues values) {
    this.in = in;
    this.values = values;
  }

  static long alignment(Map<String, Object> metadata) {
    Object value = metadata.get("general.alignment");
    if (value == null) {
      return GgufMetadata.DEFAULT_ALIGNMENT;
    }
    if (!(value instanceof Long a) || a <= 0 || a > (1L << 30) || Long.bitCount(a) != 1) {
      throw new MalformedWeightsException(
          "general.alignment " + value + " is not a power of two up to 2^30");
    }
    return a;
  }

  static long align(long x, long alignment) {
    return (x + alignment - 1) / alignment * alignment;
  }

  GgufTensor tensor() {
    String name = values.string(GgufValues.MAX_KEY_BYTES, "tensor name");
    long nDims = in.u32();
    if (nDims > MAX_DIMS) {
      throw new MalformedWeightsException(
          "tensor '" + name + "' has " + nDims + " dimensions, more than " + MAX_DIMS);
    }
    List<Long> dims = new ArrayList<>();
    long elements = 1;
    for (int d = 0; d < nDims; d++) {
      long dim = values.length();
      if (dim < 0) {
        throw new MalformedWeightsException("tensor '" + name + "' has a negative dimension");
      }
      try {
        elements = Math.multiplyExact(elements, dim);
      } catch (ArithmeticException e) {
        throw new MalformedWeightsException("tensor '" + name + "' element count overflows");
      }
      dims.add(dim);
    }
    long typeId = in.u32();
    long offset = in.u64();
    if (offset < 0) {
      throw new MalformedWeightsException("tensor '" + name + "' has an offset past 2^63");
    }
    Option<GgmlType> type = GgmlType.ofId((int) Math.min(typeId, Integer.MAX_VALUE));
    long bytes = type.isDefined() ? bytes(name, dims, elements, type.get()) : 0;
    String typeName = type.map(GgmlType::name).getOrElse("TYPE_" + typeId);
    return new GgufTensor(
        name, dims, (int) Math.min(typeId, Integer.MAX_VALUE), typeName, offset, bytes);
  }

  private static long bytes(String name, List<Long> dims, long elements, GgmlType type) {
    if (!dims.isEmpty() && dims.get(0) % type.blockSize() != 0) {
      throw new MalformedWeightsException(
          "tensor '"
              + name
              + "' row length "
              + dims.get(0)
              + " is not a multiple of the "
              + type.name()
              + " block size "
              + type.blockSize());
    }
    return type.bytes(elements)
        .getOrElseThrow(
            () -> new MalformedWeightsException("tensor '" + name + "' byte size overflows"));
  }

  /** Offsets are aligned, contiguous in file order (while sizes are known) and inside the file. */
  void checkOffsets(List<GgufTensor> tensors, long dataStart, long alignment) {
    long expected = 0;
    boolean sizesKnown = true;
    for (GgufTensor t : tensors) {
      if (t.offset() % alignment != 0) {
        throw new MalformedWeightsException(
            "tensor '" + t.name() + "' offset " + t.offset() + " is not aligned to " + alignment);
      }
      if (sizesKnown && t.offset() != expected) {
        throw new MalformedWeightsException(
            "tensor '"
                + t.name()
                + "' starts at "
                + t.offset()
                + " but should start at "
                + expected);
      }
      long end = end(dataStart, t);
      if (end > in.size()) {
        throw new MalformedWeightsException(
            "tensor '"
                + t.name()
                + "' ends at byte "
                + (end == Long.MAX_VALUE ? "past 2^63" : String.valueOf(end))
                + ", past the end of the "
                + in.size()
                + "-byte file");
      }
      sizesKnown = sizesKnown && GgmlType.ofId(t.typeId()).isDefined();
      expected = t.offset() + align(t.bytes(), alignment);
    }
  }

  private static long end(long dataStart, GgufTensor t) {
    try {
      return Math.addExact(Math.addExact(dataStart, t.offset()), t.bytes());
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
