package io.github.modelconfig.domain.quantization;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;

/**
 * Rule: the encoding {@code config.json} {@code quantization_config} declares (a difference from
 * MAX: encodings from content): reads {@code quant_method}; gptq; fp8, fbgemm_fp8 and
 * compressed-tensors with 8-bit float weights as float8_e4m3fn; modelopt {@code quant_algo} NVFP4
 * as float4_e2m1fnx2 (FP8 as float8); any other method is unsupported.
 */
public final class QuantizationMethods {

  static final List<String> SUPPORTED =
      List.of(
          "gptq", "fp8", "fbgemm_fp8", "compressed-tensors (8-bit float)", "modelopt (FP8, NVFP4)");

  private QuantizationMethods() {}

  public static Validation<ConfigError, Option<SupportedEncoding>> of(
      Option<RawModelConfig> config) {
    Option<RawModelConfig> quantization = config.flatMap(c -> c.object("quantization_config"));
    if (quantization.isEmpty()) {
      return Validation.valid(Option.none());
    }
    RawModelConfig q = quantization.get();
    String method = q.string("quant_method").getOrElse("").toLowerCase(Locale.ROOT);
    switch (method) {
      case "gptq":
        return found(SupportedEncoding.GPTQ);
      case "fp8":
      case "fbgemm_fp8":
        return found(SupportedEncoding.FLOAT8_E4M3FN);
      case "compressed-tensors":
        return compressedTensorsIsFloat8(q)
            ? found(SupportedEncoding.FLOAT8_E4M3FN)
            : unsupported(method + " (not 8-bit float weights)");
      case "modelopt":
        String algo = q.string("quant_algo").getOrElse("").toUpperCase(Locale.ROOT);
        if (algo.contains("NVFP4")) {
          return found(SupportedEncoding.FLOAT4_E2M1FNX2);
        }
        return algo.contains("FP8")
            ? found(SupportedEncoding.FLOAT8_E4M3FN)
            : unsupported(method + " " + algo);
      default:
        return unsupported(method.isEmpty() ? "(no quant_method)" : method);
    }
  }

  /** compressed-tensors: every config group quantizes weights as 8-bit floats. */
  private static boolean compressedTensorsIsFloat8(RawModelConfig q) {
    Option<RawModelConfig> groups = q.object("config_groups");
    if (groups.isEmpty() || groups.get().values().isEmpty()) {
      return false;
    }
    return groups.get().values().values().stream()
        .allMatch(
            g ->
                g instanceof RawModelConfig group
                    && group
                        .object("weights")
                        .exists(
                            w ->
                                w.string("type").contains("float")
                                    && w.integer("num_bits").contains(8L)));
  }

  private static Validation<ConfigError, Option<SupportedEncoding>> found(SupportedEncoding e) {
    return Validation.valid(Option.of(e));
  }

  private static Validation<ConfigError, Option<SupportedEncoding>> unsupported(String method) {
    return Validation.invalid(
        new ConfigError(
            ErrorCode.UNSUPPORTED_QUANTIZATION,
            "config.json:quantization_config.quant_method",
            "quantization method "
                + method
                + " is not supported; supported: "
                + String.join(", ", SUPPORTED)
                + ".",
            "Use a checkpoint quantized with a supported method, or the unquantized model."));
  }
}
