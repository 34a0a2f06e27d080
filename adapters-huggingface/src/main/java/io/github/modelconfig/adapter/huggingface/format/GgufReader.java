package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.domain.weights.GgufArray;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.GgufTensor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Driven adapter: reads a GGUF header (spec §9, versions 1 to 3) through a {@link GgufCursor}: the
 * magic and version, then the key-values ({@link GgufValues}, arrays by {@link GgufArrays}), then
 * the tensor infos ({@link GgufTensorInfos}); hostile counts, lengths, dims and offsets fail with a
 * message.
 */
final class GgufReader {

  static final int MAGIC = 0x46554747;
  static final long MAX_COUNT = 1_000_000L;

  private final GgufCursor in;

  private GgufReader(ByteSource source) {
    this.in = new GgufCursor(source);
  }

  static GgufMetadata read(ByteSource source) {
    return new GgufReader(source).read();
  }

  private GgufMetadata read() {
    if (in.size() < 16) {
      throw new MalformedWeightsException(
          "the file has " + in.size() + " bytes, too few for a GGUF header");
    }
    long magic = in.u32();
    if (magic != Integer.toUnsignedLong(MAGIC)) {
      throw new MalformedWeightsException(
          "the file does not start with the GGUF magic (found 0x" + Long.toHexString(magic) + ")");
    }
    long v = in.u32();
    if (v != 0 && (v & 0xFFFF) == 0) {
      throw new MalformedWeightsException("big-endian GGUF files are not supported");
    }
    if (v < 1 || v > 3) {
      throw new MalformedWeightsException("GGUF version " + v + " is not 1, 2 or 3");
    }
    GgufValues values = new GgufValues(in, (int) v);
    long tensorCount = count(values, "tensor count", 4 + values.lengthBytes() + 4 + 4 + 8);
    long kvCount = count(values, "metadata key-value count", values.lengthBytes() + 1 + 4 + 1);
    Map<String, Object> metadata = new LinkedHashMap<>();
    Map<String, GgufArray> arrays = new LinkedHashMap<>();
    GgufArrays arrayReader = new GgufArrays(in, values);
    for (long i = 0; i < kvCount; i++) {
      String key = values.string(GgufValues.MAX_KEY_BYTES, "metadata key");
      if (metadata.containsKey(key) || arrays.containsKey(key)) {
        throw new MalformedWeightsException("duplicate metadata key '" + key + "'");
      }
      int type = values.valueType(key);
      if (type == GgufValues.ARRAY) {
        arrayReader.read(key, metadata, arrays);
      } else {
        metadata.put(key, values.scalar(type, key));
      }
    }
    long alignment = GgufTensorInfos.alignment(metadata);
    GgufTensorInfos infos = new GgufTensorInfos(in, values);
    List<GgufTensor> tensors = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (long i = 0; i < tensorCount; i++) {
      GgufTensor t = infos.tensor();
      if (!names.add(t.name())) {
        throw new MalformedWeightsException("duplicate tensor name '" + t.name() + "'");
      }
      tensors.add(t);
    }
    long dataStart = GgufTensorInfos.align(in.position(), alignment);
    infos.checkOffsets(tensors, dataStart, alignment);
    return new GgufMetadata(values.version(), metadata, arrays, tensors, alignment, dataStart);
  }

  /** A count bounded by {@link #MAX_COUNT} and by what the rest of the file can hold. */
  private long count(GgufValues values, String what, long minimumBytesEach) {
    long n = values.length();
    if (n < 0 || n > MAX_COUNT || n * minimumBytesEach > in.remaining()) {
      throw new MalformedWeightsException(
          what
              + " "
              + Long.toUnsignedString(n)
              + " is impossible: at most "
              + MAX_COUNT
              + " and "
              + minimumBytesEach
              + " bytes each in the "
              + in.remaining()
              + " bytes left");
    }
    return n;
  }
}
