package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.ArchitectureLookup;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DevicePlacement;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.model.ModelConfigChecks;
import io.github.modelconfig.domain.quantization.EncodingChoice;
import io.github.modelconfig.domain.quantization.QuantizationMethods;
import io.github.modelconfig.domain.quantization.RepoEncodings;
import io.github.modelconfig.domain.quantization.WeightFileEncoding;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: resolves a request against a model snapshot and the visible devices: architecture,
 * encoding, devices, weights, RoPE, KV cache, max length, memory plan, sampling defaults; every
 * independent problem is reported together.
 */
public final class ModelConfigResolver {

  private final ArchitectureRegistry registry;

  public ModelConfigResolver(ArchitectureRegistry registry) {
    this.registry = registry;
  }

  public Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      ModelConfigRequest request, ModelSnapshot snapshot, List<Device> visible) {
    return resolve(request, snapshot, snapshot, visible);
  }

  /**
   * Resolves with the weights taken from {@code weights}: the model's own snapshot, another repo's
   * (a weight path {@code org/repo/file}) or a local folder's.
   */
  public Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      ModelConfigRequest request,
      ModelSnapshot snapshot,
      ModelSnapshot weights,
      List<Device> visible) {
    List<ConfigError> errors = new ArrayList<>();
    if (request.allowSafetensorsWeightsFp32Bf16BidirectionalCast()
        && request.quantizationEncoding().isEmpty()) {
      errors.add(castNeedsEncoding());
    }
    List<DeviceSpec> specs =
        request.deviceSpecs().getOrElse(() -> DevicePlacement.defaults(visible));
    DevicePlacement.existing(specs, visible).swap().forEach(errors::add);
    Validation<ConfigError, SupportedArchitecture> arch =
        ArchitectureLookup.find(snapshot, registry);
    arch.swap().forEach(errors::add);
    QuantizationMethods.of(snapshot.config()).swap().forEach(errors::add);
    errors.addAll(ModelConfigChecks.of(snapshot.config()));
    List<SupportedEncoding> offered = RepoEncodings.of(weights);
    Option<SupportedEncoding> firstFile = Option.none();
    List<ConfigError> formats = WeightFileEncoding.formatErrors(request.weightPath());
    errors.addAll(formats);
    List<String> missing =
        request.weightPath().stream()
            .filter(path -> WeightsFormat.ofPath(path).isDefined())
            .filter(path -> weights.file(path).isEmpty())
            .toList();
    missing.forEach(path -> errors.add(weightFileNotFound(path, weights.repoId())));
    if (missing.isEmpty() && formats.isEmpty() && !request.weightPath().isEmpty()) {
      Validation<ConfigError, Option<SupportedEncoding>> first =
          WeightFileEncoding.of(weights, request.weightPath().get(0), offered);
      first.swap().forEach(errors::add);
      firstFile = first.getOrElse(Option.none());
    }
    if (!errors.isEmpty()) {
      return Validation.invalid(Vector.ofAll(errors));
    }
    Validation<ConfigError, EncodingChoice.Decision> encoding =
        EncodingChoice.choose(
            new EncodingChoice.Inputs(
                request.quantizationEncoding(),
                request.allowSafetensorsWeightsFp32Bf16BidirectionalCast(),
                !request.weightPath().isEmpty(),
                firstFile,
                offered,
                e -> !RepoEncodings.filesFor(weights, e, offered).isEmpty(),
                specs.get(0),
                arch.get().defaultEncoding(),
                weights.repoId()));
    if (encoding.isInvalid()) {
      return Validation.invalid(Vector.of(encoding.getError()));
    }
    return new Resolution(
            request, snapshot, weights, visible, arch.get(), offered, encoding.get(), specs)
        .run();
  }

  private static ConfigError weightFileNotFound(String path, String repoId) {
    return new ConfigError(
        ErrorCode.WEIGHT_FILE_NOT_FOUND,
        "weight_path",
        "weight file '" + path + "' is not in '" + repoId + "'.",
        "Check the name against the repo's files (modelconfig inspect " + repoId + ").");
  }

  private static ConfigError castNeedsEncoding() {
    return new ConfigError(
        ErrorCode.CAST_NEEDS_ENCODING,
        "quantization_encoding",
        "--allow-safetensors-weights-fp32-bf6-bidirectional-cast is set but no "
            + "quantization_encoding was given.",
        "Add --quantization-encoding float32 or bfloat16 (the encoding to cast to).");
  }
}
