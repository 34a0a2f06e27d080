package io.github.modelconfig.domain.model;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DevicePlacement;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.RequestError;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
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
    QuantizationConfigEncoding.of(snapshot).swap().forEach(errors::add);
    if (!errors.isEmpty()) {
      return Validation.invalid(Vector.ofAll(errors));
    }
    List<SupportedEncoding> offered = RepoEncodings.of(snapshot);
    Validation<ConfigError, Tuple2<SupportedEncoding, Origin>> encoding =
        EncodingChoice.choose(
            request.quantizationEncoding(),
            offered,
            specs.get(0).deviceType(),
            arch.get().defaultEncoding(),
            snapshot.repoId());
    if (encoding.isInvalid()) {
      return Validation.invalid(Vector.of(encoding.getError()));
    }
    return new Resolution(request, snapshot, visible, arch.get(), offered, encoding.get(), specs)
        .run();
  }

  private static ConfigError castNeedsEncoding() {
    return new RequestError(
        "cast_needs_encoding",
        "quantization_encoding",
        "--allow-safetensors-weights-fp32-bf6-bidirectional-cast is set but no "
            + "quantization_encoding was given.",
        "Add --quantization-encoding float32 or bfloat16 (the encoding to cast to).");
  }
}
