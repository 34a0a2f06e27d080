package io.github.modelconfig.adapter.huggingface.format;

import java.util.List;

/**
 * Rule: GGUF metadata values as the file's version spells them: lengths (32-bit in v1, 64-bit
 * after), bounded UTF-8 strings, value types and scalars of every type.
 */
final class GgufValues {

  static final int MAX_KEY_BYTES = 65_535;
  static final int MAX_STRING_BYTES = 16 * 1024 * 1024;
  static final int STRING = 8;
  static final int ARRAY = 9;

  static final List<String> VALUE_TYPES =
      List.of(
          "uint8", "int8", "uint16", "int16", "uint32", "int32", "float32", "bool", "string",
          "array", "uint64", "int64", "float64");

  private final GgufCursor in;
  private final int version;

  GgufValues(GgufCursor in, int version) {
    this.in = in;
    this.version = version;
  }

  int version() {
    return version;
  }

  int lengthBytes() {
    return version == 1 ? 4 : 8;
  }

  long length() {
    return version == 1 ? in.u32() : in.u64();
  }

  String string(int max, String what) {
    long n = length();
    if (n < 0 || n > max) {
      throw new MalformedWeightsException(
          what + " length " + Long.toUnsignedString(n) + " exceeds " + max + " bytes");
    }
    return in.utf8((int) n, what);
  }

  int valueType(String key) {
    long type = in.u32();
    if (type >= VALUE_TYPES.size()) {
      throw new MalformedWeightsException("metadata '" + key + "' has unknown value type " + type);
    }
    return (int) type;
  }

  Object scalar(int type, String key) {
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

  /** Bytes of one element of a fixed-size type. */
  static int fixedSize(int type) {
    return switch (type) {
      case 0, 1, 7 -> 1;
      case 2, 3 -> 2;
      case 4, 5, 6 -> 4;
      default -> 8;
    };
  }

  private boolean bool(String key) {
    int b = in.u8();
    if (b > 1) {
      throw new MalformedWeightsException("bool '" + key + "' has value " + b + ", not 0 or 1");
    }
    return b == 1;
  }
}
