package io.github.modelconfig.domain.encoding;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rule: the encoding a weight file's name implies (reference §3.3, in order, on the whole
 * lower-cased path), extended with float16 and every k-quant variant ({@code q4_k_s}, {@code
 * q4_k_m}, {@code q4_k}).
 */
public final class FileNameEncoding {

  /**
   * {@code q4_k}, {@code q4_k_s}, {@code q4_k_m} or {@code q4_k_l}, not followed by a letter or
   * digit.
   */
  private static final Pattern Q4_K = Pattern.compile("q4_k(_[sml])?([^a-z0-9]|$)");

  private FileNameEncoding() {}

  public static Option<SupportedEncoding> of(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (containsAny(p, "f32", "fp32", "float32")) {
      return Option.of(SupportedEncoding.FLOAT32);
    }
    if (containsAny(p, "bf16", "bfloat16")) {
      return Option.of(SupportedEncoding.BFLOAT16);
    }
    if (Q4_K.matcher(p).find()) {
      return Option.of(SupportedEncoding.Q4_K);
    }
    if (p.contains("q4_0")) {
      return Option.of(SupportedEncoding.Q4_0);
    }
    if (p.contains("q6_k")) {
      return Option.of(SupportedEncoding.Q6_K);
    }
    if (p.contains("gptq")) {
      return Option.of(SupportedEncoding.GPTQ);
    }
    if (containsAny(p, "f8", "fp8", "float8")) {
      return Option.of(SupportedEncoding.FLOAT8_E4M3FN);
    }
    if (containsAny(p, "fp4", "f4", "float4", "nvfp4")) {
      return Option.of(SupportedEncoding.FLOAT4_E2M1FNX2);
    }
    if (containsAny(p, "f16", "fp16", "float16")) {
      return Option.of(SupportedEncoding.FLOAT16);
    }
    return Option.none();
  }

  private static boolean containsAny(String text, String... needles) {
    for (String n : needles) {
      if (text.contains(n)) {
        return true;
      }
    }
    return false;
  }
}
