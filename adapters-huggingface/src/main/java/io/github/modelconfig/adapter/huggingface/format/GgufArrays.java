package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.domain.weights.GgufArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule: GGUF metadata arrays: each summarised (element type and count), small ones of scalars kept
 * as lists, big or nested ones skipped by length without holding their elements; lengths bounded by
 * the bytes left, nesting by {@link #MAX_ARRAY_DEPTH}.
 */
final class GgufArrays {

  static final int SMALL_ARRAY = 64;
  static final int MAX_ARRAY_DEPTH = 8;

  private final GgufCursor in;
  private final GgufValues values;

  GgufArrays(GgufCursor in, GgufValues values) {
    this.in = in;
    this.values = values;
  }

  /** A top-level array: small ones kept as lists, all summarised, big ones skipped by length. */
  void read(String key, Map<String, Object> metadata, Map<String, GgufArray> arrays) {
    int elementType = values.valueType(key);
    long count = length(key, elementType);
    arrays.put(key, new GgufArray(GgufValues.VALUE_TYPES.get(elementType), count));
    if (count <= SMALL_ARRAY && elementType != GgufValues.ARRAY) {
      List<Object> elements = new ArrayList<>();
      for (long i = 0; i < count; i++) {
        elements.add(values.scalar(elementType, key));
      }
      metadata.put(key, List.copyOf(elements));
    } else {
      skip(key, elementType, count, 1);
    }
  }

  private long length(String key, int elementType) {
    long count = values.length();
    long minimum =
        elementType == GgufValues.ARRAY
            ? 4 + values.lengthBytes()
            : elementType == GgufValues.STRING
                ? values.lengthBytes()
                : GgufValues.fixedSize(elementType);
    if (count < 0 || (count > 0 && count > in.remaining() / minimum)) {
      throw new MalformedWeightsException(
          "array '"
              + key
              + "' claims "
              + Long.toUnsignedString(count)
              + " elements, more than the "
              + in.remaining()
              + " bytes left can hold");
    }
    return count;
  }

  private void skip(String key, int elementType, long count, int depth) {
    if (elementType == GgufValues.STRING) {
      for (long i = 0; i < count; i++) {
        long n = values.length();
        if (n < 0) {
          throw new MalformedWeightsException("a string in array '" + key + "' is too long");
        }
        in.skip(n);
      }
    } else if (elementType == GgufValues.ARRAY) {
      if (depth >= MAX_ARRAY_DEPTH) {
        throw new MalformedWeightsException(
            "array '" + key + "' nests deeper than " + MAX_ARRAY_DEPTH + " levels");
      }
      for (long i = 0; i < count; i++) {
        int inner = values.valueType(key);
        skip(key, inner, length(key, inner), depth + 1);
      }
    } else {
      in.skip(count * GgufValues.fixedSize(elementType));
    }
  }
}
