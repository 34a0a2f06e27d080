package io.github.modelconfig.domain.encoding;

import io.vavr.control.Option;

/**
 * Rule: the encoding a safetensors tensor dtype implies: {@code F32} float32, {@code BF16}
 * bfloat16, {@code F16} float16, {@code F8_E4M3} float8_e4m3fn, {@code U8} float4_e2m1fnx2 (packed
 * pairs).
 */
public final class SafetensorsDtypeEncoding {

  private SafetensorsDtypeEncoding() {}

  public static Option<SupportedEncoding> of(String dtype) {
    switch (dtype) {
      case "F32":
        return Option.of(SupportedEncoding.FLOAT32);
      case "BF16":
        return Option.of(SupportedEncoding.BFLOAT16);
      case "F16":
        return Option.of(SupportedEncoding.FLOAT16);
      case "F8_E4M3":
        return Option.of(SupportedEncoding.FLOAT8_E4M3FN);
      case "U8":
        return Option.of(SupportedEncoding.FLOAT4_E2M1FNX2);
      default:
        return Option.none();
    }
  }
}
