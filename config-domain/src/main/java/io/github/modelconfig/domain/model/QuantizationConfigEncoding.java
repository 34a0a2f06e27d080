package io.github.modelconfig.domain.model;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ModelError;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;

/**
 * Rule: the encoding that {@code config.json} {@code quantization_config} declares (PRODUCT.md
 * improvement 3): gptq; fp8, fbgemm_fp8 and compressed-tensors with 8-bit float weights as
 * float8_e4m3fn; modelopt NVFP4 as float4_e2m1fnx2; any other method is an error.
 */
public final class QuantizationConfigEncoding {

  static final String SUPPORTED =
      "gptq, fp8, fbgemm_fp8, compressed-tensors (8-bit float weights), modelopt (NVFP4)";

  private QuantizationConfigEncoding() {}

  /** None when the model declares no quantization; else the encoding or why it is unsupported. */
  public static Validation<ConfigError, Option<SupportedEncoding>> of(ModelSnapshot snapshot) {
    Option<RawModelConfig> quantization =
        snapshot.config().flatMap(c -> c.object("quantization_config"));
    if (quantization.isEmpty()) {
      return Validation.valid(Option.none());
    }
    RawModelConfig q = quantization.get();
    String method = q.string("quant_method").getOrElse("").toLowerCase(Locale.ROOT);
    Option<SupportedEncoding> encoding =
        switch (method) {
          case "gptq" -> Option.some(SupportedEncoding.GPTQ);
          case "fp8", "fbgemm_fp8" -> Option.some(SupportedEncoding.FLOAT8_E4M3FN);
          case "compressed-tensors" -> compressedTensors(q);
          case "modelopt" -> modelopt(q);
          default -> Option.none();
        };
    return encoding.isDefined()
        ? Validation.valid(encoding)
        : Validation.invalid(unsupported(method.isEmpty() ? "(no quant_method)" : describe(q)));
  }

  private static Option<SupportedEncoding> compressedTensors(RawModelConfig q) {
    RawModelConfig groups = q.object("config_groups").getOrElse(RawModelConfig.empty());
    if (groups.values().isEmpty()) {
      return Option.none();
    }
    for (String name : groups.values().keySet()) {
      RawModelConfig weights =
          groups.object(name).flatMap(g -> g.object("weights")).getOrElse(RawModelConfig.empty());
      boolean float8 =
          weights.string("type").contains("float") && weights.integer("num_bits").contains(8L);
      if (!float8) {
        return Option.none();
      }
    }
    return Option.some(SupportedEncoding.FLOAT8_E4M3FN);
  }

  private static Option<SupportedEncoding> modelopt(RawModelConfig q) {
    Option<String> algo =
        q.string("quant_algo")
            .orElse(q.object("quantization").flatMap(n -> n.string("quant_algo")));
    return algo.map(a -> a.toUpperCase(Locale.ROOT)).contains("NVFP4")
        ? Option.some(SupportedEncoding.FLOAT4_E2M1FNX2)
        : Option.none();
  }

  private static String describe(RawModelConfig q) {
    String method = q.string("quant_method").get();
    List<String> detail =
        List.of("quant_algo", "format").stream()
            .filter(k -> q.string(k).isDefined())
            .map(k -> k + "=" + q.string(k).get())
            .toList();
    return detail.isEmpty() ? method : method + " (" + String.join(", ", detail) + ")";
  }

  private static ConfigError unsupported(String found) {
    return new ModelError(
        "unsupported_quantization",
        "config.json:quantization_config.quant_method",
        "Quantization method " + found + " is not supported; supported: " + SUPPORTED + ".",
        "Use a checkpoint quantized with a supported method, or an unquantized one.");
  }
}
