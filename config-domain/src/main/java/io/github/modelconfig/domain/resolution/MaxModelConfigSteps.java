package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.ArchitectureKvCache;
import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.EncodingDevices;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.quantization.EncodingChoice;
import io.github.modelconfig.domain.quantization.GptqFinalisation;
import io.github.modelconfig.domain.quantization.RepoEncodings;
import io.github.modelconfig.domain.quantization.WeightChoice;
import io.github.modelconfig.domain.quantization.WeightPathChecks;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.rope.RopeType;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Rule: MAX's {@code MAXModelConfig.validate_*} steps as functions an embedder can call on their
 * own, each returning every problem it finds; {@link ModelConfigResolver} combines them in MAX's
 * order. Names follow MAX's in camel case.
 */
public final class MaxModelConfigSteps {

  private MaxModelConfigSteps() {}

  /**
   * MAX's {@code validate_and_resolve_quantization_encoding_weight_path(default_encoding)}
   * (reference §2.3, §2.5): the cast flag needs an encoding, the weight files must exist in {@code
   * weights} in one format; then the encoding is chosen, with its origin and the dtype cast.
   */
  public static Validation<Seq<ConfigError>, EncodingChoice.Decision>
      validateAndResolveQuantizationEncodingWeightPath(
          ModelConfigRequest request,
          ModelSnapshot weights,
          DeviceSpec defaultDevice,
          SupportedEncoding defaultEncoding) {
    List<SupportedEncoding> offered = RepoEncodings.of(weights);
    return Checked.ofSingle(validateCastNeedsEncoding(request))
        .combine(Checked.of(validateWeightPath(request, weights, offered)), (e, first) -> first)
        .validation()
        .flatMap(
            first ->
                resolveQuantizationEncoding(
                        request, weights, offered, first, defaultDevice, defaultEncoding)
                    .mapError(Vector::of));
  }

  /** MAX's {@code validate_and_resolve_rope_type}: the request's, else the architecture's. */
  public static RopeType validateAndResolveRopeType(
      ModelConfigRequest request, SupportedArchitecture arch) {
    return request.ropeType().getOrElse(arch.ropeType());
  }

  /**
   * MAX's {@code validate_and_resolve_with_resolved_quantization_encoding} (reference §2.4, §3.2,
   * §5.2, §6.5): the architecture supports the encoding, the devices run it (a CPU-only encoding
   * moves GPUs to the CPU, with a warning), GPTQ has float16 scales, the weight files for it, and
   * the KV cache (architecture overrides, strategy, feature checks, dtype).
   */
  public static Checked<EncodingResolution> validateAndResolveWithResolvedQuantizationEncoding(
      ModelConfigRequest request,
      ModelSnapshot snapshot,
      ModelSnapshot weights,
      SupportedArchitecture arch,
      EncodingChoice.Decision decision,
      List<DeviceSpec> specs) {
    SupportedEncoding encoding = decision.encoding();
    return Checked.combine(
        Checked.ofSingle(EncodingSupport.check(arch, encoding)),
        EncodingDevices.forEncoding(encoding, specs),
        Checked.ofSingle(GptqFinalisation.forEncoding(encoding, snapshot)),
        WeightChoice.choose(
            request.weightPath(),
            weights,
            decision,
            RepoEncodings.of(weights),
            arch.defaultWeightsFormat()),
        ArchitectureKvCache.resolve(arch, request.kvCache(), encoding),
        (supported, placed, gptq, files, kv) -> new EncodingResolution(placed, files, kv));
  }

  /** MAX's {@code validate_lora_compatibility} (reference §8.3): Llama only, one device. */
  public static Validation<Seq<ConfigError>, List<DeviceSpec>> validateLoraCompatibility(
      ModelConfigRequest request, SupportedArchitecture arch, List<DeviceSpec> specs) {
    return LoraRule.check(
        request.lora().isDefined(), arch, specs, request.kvCache().enablePrefixCaching());
  }

  /**
   * MAX's {@code validate_max_length} with the architecture's bound ({@code get_max_seq_len}): the
   * request's max_length, else the model's, at most {@code max_position_embeddings}.
   */
  public static Validation<ConfigError, Option<Long>> validateMaxLength(
      ModelConfigRequest request, SupportedArchitecture arch, Option<ModelFacts> facts) {
    return MaxLengths.resolve(arch, facts, request.maxLength());
  }

  /** MAX's {@code validate_multi_gpu_supported} (reference §8.2). */
  public static Validation<ConfigError, List<DeviceSpec>> validateMultiGpuSupported(
      ModelConfigRequest request, SupportedArchitecture arch, List<DeviceSpec> specs) {
    return MultiGpuRule.check(arch, specs, request.modelPath());
  }

  /** The cast flag needs the encoding to cast to (reference §2.2, case 23). */
  static Validation<ConfigError, Option<SupportedEncoding>> validateCastNeedsEncoding(
      ModelConfigRequest request) {
    if (!request.allowSafetensorsWeightsFp32Bf16BidirectionalCast()
        || request.quantizationEncoding().isDefined()) {
      return Validation.valid(request.quantizationEncoding());
    }
    return Validation.invalid(
        new ConfigError(
            ErrorCode.CAST_NEEDS_ENCODING,
            "quantization_encoding",
            "--allow-safetensors-weights-fp32-bf6-bidirectional-cast is set but no "
                + "quantization_encoding was given.",
            "Add --quantization-encoding float32 or bfloat16 (the encoding to cast to)."));
  }

  static Validation<Seq<ConfigError>, Option<SupportedEncoding>> validateWeightPath(
      ModelConfigRequest request, ModelSnapshot weights, List<SupportedEncoding> offered) {
    return WeightPathChecks.check(request.weightPath(), weights, offered);
  }

  static Validation<ConfigError, EncodingChoice.Decision> resolveQuantizationEncoding(
      ModelConfigRequest request,
      ModelSnapshot weights,
      List<SupportedEncoding> offered,
      Option<SupportedEncoding> firstWeightFile,
      DeviceSpec defaultDevice,
      SupportedEncoding defaultEncoding) {
    return EncodingChoice.choose(
        new EncodingChoice.Inputs(
            request.quantizationEncoding(),
            request.allowSafetensorsWeightsFp32Bf16BidirectionalCast(),
            !request.weightPath().isEmpty(),
            firstWeightFile,
            offered,
            e -> !RepoEncodings.filesFor(weights, e, offered).isEmpty(),
            defaultDevice,
            defaultEncoding,
            weights.repoId()));
  }
}
