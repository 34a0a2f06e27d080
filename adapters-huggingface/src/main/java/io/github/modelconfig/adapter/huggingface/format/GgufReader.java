package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.domain.weights.GgmlType;
import io.github.modelconfig.domain.weights.GgufArray;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.GgufTensor;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Driven adapter: reads a GGUF header (spec §9, versions 1 to 3) through a {@link GgufCursor}:
 * key-values with every value type, arrays skipped by length beyond {@link #SMALL_ARRAY} elements,
 * tensor infos with ggml sizes; hostile counts, lengths, dims and offsets fail with a message.
 */
final class GgufReader {

  static final int MAGIC = 0x46554747;
  static final long MAX_COUNT = 1_000_000L;
  static final int MAX_KEY_BYTES = 65_535;
  static final int MAX_STRING_BYTES = 16 * 1024 * 1024;
  static final int SMALL_ARRAY = 64;
  static final int MAX_DIMS = 4;
  static final int MAX_ARRAY_DEPTH = 8;

  static final List<String> VALUE_TYPES =
      List.of(
          "uint8", "int8", "uint16", "int16", "uint32", "int32", "float32", "bool", "string",
          "array", "uint64", "int64", "float64");

  private final GgufCursor in;
  private int version;

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
    version = (int) v;
    long tensorCount = count("tensor count", 4 + lengthBytes() + 4 + 4 + 8);
    long kvCount = count("metadata key-value count", lengthBytes() + 1 + 4 + 1);
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
    List<GgufTensor> tensors = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (long i = 0; i < tensorCount; i++) {
      GgufTensor t = tensor();
      if (!names.add(t.name())) {
        throw new MalformedWeightsException("duplicate tensor name '" + t.name() + "'");
      }
      tensors.add(t);
    }
    long dataStart = align(in.position(), alignment);
    checkOffsets(tensors, dataStart, alignment);
    return new GgufMetadata(version, metadata, arrays, tensors, alignment, dataStart);
  }

  private int lengthBytes() {
    return version == 1 ? 4 : 8;
  }

  private long length() {
    return version == 1 ? in.u32() : in.u64();
  }

  /** A count bounded by {@link #MAX_COUNT} and by what the rest of the file can hold. */
  private long count(String what, long minimumBytesEach) {
    long n = length();
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

  private String string(int max, String what) {
    long n = length();
    if (n < 0 || n > max) {
      throw new MalformedWeightsException(
          what + " length " + Long.toUnsignedString(n) + " exceeds " + max + " bytes");
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

  private GgufTensor tensor() {
    String name = string(MAX_KEY_BYTES, "tensor name");
    long nDims = in.u32();
    if (nDims > MAX_DIMS) {
      throw new MalformedWeightsException(
          "tensor '" + name + "' has " + nDims + " dimensions, more than " + MAX_DIMS);
    }
    List<Long> dims = new ArrayList<>();
    long elements = 1;
    for (int d = 0; d < nDims; d++) {
      long dim = length();
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
    long bytes = 0;
    if (type.isDefined()) {
      if (!dims.isEmpty() && dims.get(0) % type.get().blockSize() != 0) {
        throw new MalformedWeightsException(
            "tensor '"
                + name
                + "' row length "
                + dims.get(0)
                + " is not a multiple of the "
                + type.get().name()
                + " block size "
                + type.get().blockSize());
      }
      bytes =
          type.get()
              .bytes(elements)
              .getOrElseThrow(
                  () -> new MalformedWeightsException("tensor '" + name + "' byte size overflows"));
    }
    String typeName = type.map(GgmlType::name).getOrElse("TYPE_" + typeId);
    return new GgufTensor(
        name, dims, (int) Math.min(typeId, Integer.MAX_VALUE), typeName, offset, bytes);
  }

  /** Offsets are aligned, contiguous in file order (while sizes are known) and inside the file. */
  private void checkOffsets(List<GgufTensor> tensors, long dataStart, long alignment) {
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
      long end;
      try {
        end = Math.addExact(Math.addExact(dataStart, t.offset()), t.bytes());
      } catch (ArithmeticException e) {
        end = Long.MAX_VALUE;
      }
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

  private static long align(long x, long alignment) {
    return (x + alignment - 1) / alignment * alignment;
  }
}
