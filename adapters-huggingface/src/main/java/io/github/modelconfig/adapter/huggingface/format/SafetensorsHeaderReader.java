package io.github.modelconfig.adapter.huggingface.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.TensorInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Driven adapter: reads and validates a safetensors header (u64 LE length, then JSON) with two
 * positional reads: length bounded, dtypes known, shapes matching spans, offsets contiguous and
 * covering the data exactly.
 */
final class SafetensorsHeaderReader {

  /** The reference reader's bound on the header length. */
  static final long MAX_HEADER_BYTES = 100_000_000L;

  /** Safetensors JSON as the format defines it: no NaN/Infinity, no duplicate keys. */
  private static final JsonFactory STRICT =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private SafetensorsHeaderReader() {}

  static SafetensorsHeader read(ByteSource source) {
    if (source.size() < 8) {
      throw new MalformedWeightsException("the file has " + source.size() + " bytes, fewer than 8");
    }
    long length =
        ByteBuffer.wrap(SourceReadFailed.read(source, 0, 8))
            .order(ByteOrder.LITTLE_ENDIAN)
            .getLong();
    if (length < 2 || length > MAX_HEADER_BYTES) {
      throw new MalformedWeightsException(
          "header length "
              + Long.toUnsignedString(length)
              + " is outside [2, "
              + MAX_HEADER_BYTES
              + "]");
    }
    if (length > source.size() - 8) {
      throw new MalformedWeightsException(
          "header length " + length + " runs past the end of the " + source.size() + "-byte file");
    }
    byte[] json = SourceReadFailed.read(source, 8, (int) length);
    List<TensorInfo> tensors = new ArrayList<>();
    Map<String, String> metadata = parse(json, tensors);
    validate(tensors, source.size() - 8 - length);
    return new SafetensorsHeader(tensors, metadata, length);
  }

  private static Map<String, String> parse(byte[] json, List<TensorInfo> tensors) {
    if (json[0] != '{') {
      throw new MalformedWeightsException("the header does not start with '{'");
    }
    Object root;
    try {
      // Parsed from the bytes (no decoded copy); Jackson rejects malformed UTF-8 itself.
      root = JsonValues.read(STRICT, json, fields -> fields, null);
    } catch (JsonProcessingException e) {
      String why = String.valueOf(e.getOriginalMessage());
      if (why.startsWith("Duplicate field")) {
        throw new MalformedWeightsException("the header names a tensor twice: " + why);
      }
      if (why.startsWith("Invalid UTF-8")) {
        throw new MalformedWeightsException("the header is not valid UTF-8");
      }
      throw new MalformedWeightsException("the header is not valid JSON: " + why);
    } catch (IOException e) {
      throw new MalformedWeightsException("the header cannot be read: " + e.getMessage());
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    ((Map<?, ?>) root)
        .forEach(
            (key, value) -> {
              if (key.equals("__metadata__")) {
                metadata.putAll(metadata(value));
              } else {
                tensors.add(tensor((String) key, value));
              }
            });
    return metadata;
  }

  private static Map<String, String> metadata(Object node) {
    Map<String, String> values = new LinkedHashMap<>();
    if (!(node instanceof Map<?, ?> map)) {
      throw new MalformedWeightsException("__metadata__ is not an object");
    }
    map.forEach(
        (key, value) -> {
          if (!(value instanceof String text)) {
            throw new MalformedWeightsException("__metadata__." + key + " is not a string");
          }
          values.put((String) key, text);
        });
    return values;
  }

  private static TensorInfo tensor(String name, Object node) {
    Map<?, ?> fields = node instanceof Map<?, ?> map ? map : Map.of();
    if (!(fields.get("dtype") instanceof String dtype)
        || !(fields.get("shape") instanceof List<?> shape)
        || !(fields.get("data_offsets") instanceof List<?> offsets)
        || offsets.size() != 2) {
      throw new MalformedWeightsException(
          "tensor '" + name + "' needs dtype, shape and data_offsets [begin, end]");
    }
    List<Long> dims = new ArrayList<>();
    shape.forEach(d -> dims.add(nonNegative(name, "shape", d)));
    long begin = nonNegative(name, "data_offsets", offsets.get(0));
    long end = nonNegative(name, "data_offsets", offsets.get(1));
    if (end < begin) {
      throw new MalformedWeightsException("tensor '" + name + "' ends before it begins");
    }
    return new TensorInfo(name, dtype, dims, begin, end);
  }

  /** JSON integers within the long range are read as Long (larger ones as Double). */
  private static long nonNegative(String name, String field, Object n) {
    if (!(n instanceof Long value) || value < 0) {
      throw new MalformedWeightsException(
          "tensor '" + name + "' has a " + field + " value that is not a non-negative integer");
    }
    return value;
  }

  private static void validate(List<TensorInfo> tensors, long dataBytes) {
    List<TensorInfo> sorted = new ArrayList<>(tensors);
    sorted.sort(Comparator.comparingLong(TensorInfo::begin).thenComparingLong(TensorInfo::end));
    long expectedBegin = 0;
    for (TensorInfo t : sorted) {
      if (t.begin() != expectedBegin) {
        throw new MalformedWeightsException(
            "tensor '"
                + t.name()
                + "' starts at "
                + t.begin()
                + " but the previous ended at "
                + expectedBegin
                + " (gap or overlap)");
      }
      long bits = SafetensorsDtypes.bits(t.dtype());
      long expected;
      try {
        long elementBits = Math.multiplyExact(t.parameterCount(), bits);
        if (elementBits % 8 != 0) {
          throw new MalformedWeightsException("tensor '" + t.name() + "' is not byte-aligned");
        }
        expected = elementBits / 8;
      } catch (ArithmeticException e) {
        throw new MalformedWeightsException("tensor '" + t.name() + "' shape overflows");
      }
      if (t.end() - t.begin() != expected) {
        throw new MalformedWeightsException(
            "tensor '"
                + t.name()
                + "' spans "
                + (t.end() - t.begin())
                + " bytes but its "
                + t.dtype()
                + " shape "
                + t.shape()
                + " needs "
                + expected);
      }
      expectedBegin = t.end();
    }
    if (expectedBegin != dataBytes) {
      throw new MalformedWeightsException(
          "the tensors cover " + expectedBegin + " bytes but the data buffer has " + dataBytes);
    }
  }
}
