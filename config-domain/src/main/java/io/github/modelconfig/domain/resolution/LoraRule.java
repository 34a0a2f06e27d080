package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: LoRA compatibility (reference §2.4 step 5 and §8.3): only Llama-family architectures, at
 * most one device, and no prefix caching.
 */
final class LoraRule {

  private LoraRule() {}

  /** The device specs when LoRA is off or compatible, else every incompatibility. */
  static Validation<Seq<ConfigError>, List<DeviceSpec>> check(
      boolean loraEnabled,
      SupportedArchitecture arch,
      List<DeviceSpec> specs,
      boolean prefixCaching) {
    List<ConfigError> errors = new ArrayList<>();
    if (!loraEnabled) {
      return Validation.valid(specs);
    }
    if (prefixCaching) {
      errors.add(
          new ConfigError(
              ErrorCode.LORA_WITH_PREFIX_CACHING,
              "enable_prefix_caching",
              "LoRA is not compatible with prefix caching (both are enabled).",
              "Disable prefix caching with --no-enable-prefix-caching."));
    }
    if (!arch.name().contains("LlamaForCausalLM")) {
      errors.add(
          new ConfigError(
              ErrorCode.LORA_UNSUPPORTED_ARCHITECTURE,
              "enable_lora",
              "LoRA is not currently supported for architecture "
                  + arch.name()
                  + "; only LlamaForCausalLM architectures support it.",
              "Remove --enable-lora, or use a Llama model."));
    }
    if (specs.size() > 1) {
      errors.add(
          new ConfigError(
              ErrorCode.LORA_MULTI_DEVICE,
              "device_specs",
              "LoRA is currently not supported with the number of devices > 1 ("
                  + specs.size()
                  + " given).",
              "Use a single device with LoRA."));
    }
    return errors.isEmpty() ? Validation.valid(specs) : Validation.invalid(Vector.ofAll(errors));
  }
}
