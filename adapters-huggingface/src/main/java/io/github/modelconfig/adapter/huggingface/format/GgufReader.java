package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.domain.weights.GgufArray;
import io.github.modelconfig.domain.weights.GgufMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Driven adapter: reads a GGUF header (spec §9, versions 1 to 3) through a {@link GgufCursor}:
 * key-values with every value type, arrays skipped by length beyond {@link #SMALL_ARRAY} elements,
 * tensor infos streamed into totals ({@link GgufTensorInfos}); hostile counts, lengths, dims and
 * offsets fail with a message.
 */
final class GgufReader {

  static final int MAGIC = 0x46554747;

  /** Tensor infos at most: read in 8 bytes each ({@link GgufTensorInfos}). */
  static final long MAX_COUNT = 1_000_000L;

  /** Metadata key-values at most (published files have about 50; each is kept). */
  static final long MAX_KV_COUNT = 65_536L;

  static final int MAX_KEY_BYTES = 65_535;

  /** Bytes of one metadata string, and of all kept keys and strings together. */
  static final int MAX_STRING_BYTES = 16 * 1024 * 1024;

  static final int SMALL_ARRAY = 64;
  static final int MAX_ARRAY_DEPTH = 8;

  static final List<String> VALUE_TYPES =
      List.of(
          "uint8", "int8", "uint16", "int16", "uint32", "int32", "float32", "bool", "string",
          "array", "uint64", "int64", "float64");

  private final ByteSource source;
  private final GgufCursor in;
  private int version;
  private long retainedStringBytes;

  private GgufReader(ByteSource source) {
    this.source = source;
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
    version = (int) v;
    long tensorCount = count("tensor count", MAX_COUNT, 4 + lengthBytes() + 4 + 4 + 8);
    long kvCount = count("metadata key-value count", MAX_KV_COUNT, lengthBytes() + 1 + 4 + 1);
    Map<String, Object> metadata = new LinkedHashMap<>();
    Map<String, GgufArray> arrays = new LinkedHashMap<>();
    for (long i = 0; i < kvCount; i++) {
      String key = string(MAX_KEY_BYTES, "metadata key");
      if (metadata.containsKey(key) || arrays.containsKey(key)) {
        throw new MalformedWeightsException("duplicate metadata key '" + key + "'");
      }
      int type = valueType(key);
      if (type == 9) {
        array(key, metadata, arrays);
      } else {
        metadata.put(key, scalar(type, key));
      }
    }
    long alignment = alignment(metadata);
    GgufTensorInfos.Result tensors =
        GgufTensorInfos.read(source, in, version, tensorCount, alignment);
    return new GgufMetadata(
        version,
        metadata,
        arrays,
        tensors.byType(),
        tensors.layers(),
        alignment,
        tensors.dataStart());
  }

  private int lengthBytes() {
    return version == 1 ? 4 : 8;
  }

  private long length() {
    return version == 1 ? in.u32() : in.u64();
  }

  /** A count bounded by {@code max} and by what the rest of the file can hold. */
  private long count(String what, long max, long minimumBytesEach) {
    long n = length();
    if (n < 0 || n > max || n * minimumBytesEach > in.remaining()) {
      throw new MalformedWeightsException(
          what
              + " "
              + Long.toUnsignedString(n)
              + " is impossible: at most "
              + max
              + " and "
              + minimumBytesEach
              + " bytes each in the "
              + in.remaining()
              + " bytes left");
    }
    return n;
  }

  /** A string kept in the metadata: bounded on its own and with all the others. */
  private String string(int max, String what) {
    long n = length();
    if (n < 0 || n > max) {
      throw new MalformedWeightsException(
          what + " length " + Long.toUnsignedString(n) + " exceeds " + max + " bytes");
    }
    retainedStringBytes += n;
    if (retainedStringBytes > MAX_STRING_BYTES) {
      throw new MalformedWeightsException(
          "metadata keys and strings exceed " + MAX_STRING_BYTES + " bytes in all");
    }
    return in.utf8((int) n, what);
  }

  private int valueType(String key) {
    long type = in.u32();
    if (type >= VALUE_TYPES.size()) {
      throw new MalformedWeightsException("metadata '" + key + "' has unknown value type " + type);
    }
    return (int) type;
  }

  private Object scalar(int type, String key) {
    return switch (type) {
      case 0 -> (long) in.u8();
      case 1 -> (long) (byte) in.u8();
      case 2 -> (long) in.u16();
      case 3 -> (long) (short) in.u16();
      case 4 -> in.u32();
      case 5 -> (long) (int) in.u32();
      case 6 -> (double) in.f32();
      case 7 -> bool(key);
      case 8 -> string(MAX_STRING_BYTES, "string value of '" + key + "'");
      case 10, 11 -> in.u64();
      case 12 -> in.f64();
      default -> throw new MalformedWeightsException("'" + key + "' nests an array as a scalar");
    };
  }

  private boolean bool(String key) {
    int b = in.u8();
    if (b > 1) {
      throw new MalformedWeightsException("bool '" + key + "' has value " + b + ", not 0 or 1");
    }
    return b == 1;
  }

  /** A top-level array: small ones kept as lists, all summarised, big ones skipped by length. */
  private void array(String key, Map<String, Object> metadata, Map<String, GgufArray> arrays) {
    int elementType = valueType(key);
    long count = arrayLength(key, elementType);
    arrays.put(key, new GgufArray(VALUE_TYPES.get(elementType), count));
    if (count <= SMALL_ARRAY && elementType != 9) {
      List<Object> values = new ArrayList<>();
      for (long i = 0; i < count; i++) {
        values.add(scalar(elementType, key));
      }
      metadata.put(key, List.copyOf(values));
    } else {
      skipElements(key, elementType, count, 1);
    }
  }

  private long arrayLength(String key, int elementType) {
    long count = length();
    long minimum =
        elementType == 9
            ? 4 + lengthBytes()
            : elementType == 8 ? lengthBytes() : fixedSize(elementType);
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

  private void skipElements(String key, int elementType, long count, int depth) {
    if (elementType == 8) {
      for (long i = 0; i < count; i++) {
        long n = length();
        if (n < 0) {
          throw new MalformedWeightsException("a string in array '" + key + "' is too long");
        }
        in.skip(n);
      }
    } else if (elementType == 9) {
      if (depth >= MAX_ARRAY_DEPTH) {
        throw new MalformedWeightsException(
            "array '" + key + "' nests deeper than " + MAX_ARRAY_DEPTH + " levels");
      }
      for (long i = 0; i < count; i++) {
        int inner = valueType(key);
        skipElements(key, inner, arrayLength(key, inner), depth + 1);
      }
    } else {
      in.skip(count * fixedSize(elementType));
    }
  }

  private static int fixedSize(int type) {
    return switch (type) {
      case 0, 1, 7 -> 1;
      case 2, 3 -> 2;
      case 4, 5, 6 -> 4;
      default -> 8;
    };
  }

  private static long alignment(Map<String, Object> metadata) {
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
}
