package io.github.modelconfig.domain.quantization;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * Rule: GPTQ finalisation (reference §2.4 step 12.2): a GPTQ model needs a config.json whose {@code
 * torch_dtype} (or {@code dtype}) is float16, because its scales are float16.
 */
public final class GptqFinalisation {

  private GptqFinalisation() {}

  /** The check when the encoding is GPTQ; any other encoding passes. */
  public static Validation<ConfigError, SupportedEncoding> forEncoding(
      SupportedEncoding encoding, ModelSnapshot snapshot) {
    return encoding == SupportedEncoding.GPTQ
        ? check(snapshot).map(s -> encoding)
        : Validation.valid(encoding);
  }

  public static Validation<ConfigError, ModelSnapshot> check(ModelSnapshot snapshot) {
    if (snapshot.config().isEmpty()) {
      return Validation.invalid(
          new ConfigError(
              ErrorCode.GPTQ_NEEDS_CONFIG,
              "config.json",
              "GPTQ quantization requires a HuggingFace config, but '"
                  + snapshot.repoId()
                  + "' has no config.json.",
              "Add the model's config.json with its quantization_config."));
    }
    RawModelConfig config = snapshot.config().get();
    Option<String> dtype = config.string("torch_dtype").orElse(config.string("dtype"));
    String found = dtype.getOrElse("None");
    if (found.equals("float16") || found.equals("torch.float16")) {
      return Validation.valid(snapshot);
    }
    return Validation.invalid(
        new ConfigError(
            ErrorCode.GPTQ_SCALES_DTYPE,
            "config.json:torch_dtype",
            found + " scales are not supported for GPTQ-quantized models.",
            "Use a GPTQ checkpoint whose torch_dtype is float16."));
  }
}
