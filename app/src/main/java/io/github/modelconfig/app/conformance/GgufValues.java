package io.github.modelconfig.app.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Conformance: a GGUF metadata value from its JSON description: a string (type 8), a whole number
 * (uint32, 4; uint64, 10, past 2^32), a fraction (float32, 6), a boolean (7), an array of those,
 * {@code {"type": "uint64"|"int32"|"float32"|..., "value": v}} for an explicit type, or {@code
 * {"array": "string", "count": N}} for N generated strings (a vocabulary).
 */
final class GgufValues {

  private GgufValues() {}

  static void write(GgufFile.GgufOut out, String key, JsonNode value) {
    if (value.isObject() && value.has("array")) {
      out.u32(9).u32(8).u64(value.path("count").asLong());
      for (long i = 0; i < value.path("count").asLong(); i++) {
        out.str("t" + i);
      }
    } else if (value.isObject()) {
      typed(out, key, value.path("type").asText(), value.path("value"));
    } else if (value.isArray()) {
      String element = value.isEmpty() ? "uint32" : inferred(value.get(0));
      out.u32(9).u32(id(key, element)).u64(value.size());
      value.forEach(v -> payload(out, key, element, v));
    } else {
      typed(out, key, inferred(value), value);
    }
  }

  private static String inferred(JsonNode v) {
    if (v.isTextual()) {
      return "string";
    }
    if (v.isBoolean()) {
      return "bool";
    }
    if (v.isIntegralNumber()) {
      return v.asLong() >= 0 && v.asLong() <= 0xFFFF_FFFFL ? "uint32" : "uint64";
    }
    return "float32";
  }

  private static void typed(GgufFile.GgufOut out, String key, String type, JsonNode v) {
    out.u32(id(key, type));
    payload(out, key, type, v);
  }

  private static int id(String key, String type) {
    return switch (type) {
      case "uint32" -> 4;
      case "int32" -> 5;
      case "float32" -> 6;
      case "bool" -> 7;
      case "string" -> 8;
      case "uint64" -> 10;
      default -> throw new IllegalArgumentException(key + ": unknown GGUF value type " + type);
    };
  }

  private static void payload(GgufFile.GgufOut out, String key, String type, JsonNode v) {
    switch (type) {
      case "uint32", "int32" -> out.u32(v.asLong());
      case "float32" -> out.f32((float) v.asDouble());
      case "bool" -> out.raw(new byte[] {(byte) (v.asBoolean() ? 1 : 0)});
      case "string" -> out.str(v.asText());
      case "uint64" -> out.u64(v.asLong());
      default -> throw new IllegalArgumentException(key + ": unknown GGUF value type " + type);
    }
  }
}
