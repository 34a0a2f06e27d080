package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.ArchitectureMatch;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DevicePlacement;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.memory.FitCheck;
import io.github.modelconfig.domain.memory.MemoryPlanning;
import io.github.modelconfig.domain.model.ModelConfigChecks;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.model.RopeScalingChecks;
import io.github.modelconfig.domain.quantization.EncodingChoice;
import io.github.modelconfig.domain.quantization.QuantizationMethods;
import io.github.modelconfig.domain.quantization.RepoEncodings;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Rule: resolves a request against a model snapshot and the visible devices by combining the
 * resolution steps: independent checks report their problems together; a step that needs an earlier
 * one's value runs once that one holds. Warnings are kept in the order the steps raise them.
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
    return resolve(request, snapshot, weights, visible, FitCheck.REQUIRED);
  }

  /** As above, a misfit on {@code visible} refused or only warned about as {@code fit} says. */
  public Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      ModelConfigRequest request,
      ModelSnapshot snapshot,
      ModelSnapshot weights,
      List<Device> visible,
      FitCheck fit) {
    List<SupportedEncoding> offered = RepoEncodings.of(weights);
    Checked<ResolvedModelConfig> resolved =
        prechecks(request, snapshot, weights, visible, offered)
            .flatMap(
                pre ->
                    Checked.ofSingle(
                            MaxModelConfigSteps.resolveQuantizationEncoding(
                                request,
                                weights,
                                offered,
                                pre.firstWeightFile(),
                                pre.specs().get(0),
                                pre.match().architecture().defaultEncoding()))
                        .flatMap(
                            encoding ->
                                withEncoding(
                                    request, snapshot, weights, visible, pre, encoding, fit)))
            .flatMap(
                config ->
                    Checked.valid(config)
                        .warn(RemoteCode.warnings(request.trustRemoteCode(), config.model())));
    return resolved.validation().map(config -> config.withWarnings(resolved.warnings()));
  }

  /** What the request and the model must get right before an encoding can be chosen. */
  private Checked<Prechecked> prechecks(
      ModelConfigRequest request,
      ModelSnapshot snapshot,
      ModelSnapshot weights,
      List<Device> visible,
      List<SupportedEncoding> offered) {
    List<DeviceSpec> specs =
        request.deviceSpecs().getOrElse(() -> DevicePlacement.defaults(visible));
    return Checked.combine(
        Checked.ofSingle(MaxModelConfigSteps.validateCastNeedsEncoding(request)),
        Checked.ofSingle(DevicePlacement.existing(specs, visible)),
        Checked.ofSingle(registry.match(snapshot)).flatMap(ModelConfigResolver::taskWarning),
        modelConfig(snapshot),
        Checked.of(MaxModelConfigSteps.validateWeightPath(request, weights, offered)),
        (cast, existing, match, config, first) -> new Prechecked(existing, match, first));
  }

  /**
   * config.json's quantization method, shape numbers and RoPE scaling, and the shards its
   * safetensors index names.
   */
  private static Checked<Option<RawModelConfig>> modelConfig(ModelSnapshot snapshot) {
    Option<RawModelConfig> config = snapshot.config();
    return Checked.combine(
        Checked.ofSingle(QuantizationMethods.of(config)),
        Checked.of(ModelConfigChecks.check(config)),
        RopeScalingChecks.check(config),
        Checked.unless(ShardPresence.missing(snapshot), snapshot),
        (method, checked, rope, shards) -> checked);
  }

  /** A warning when one architecture name serves several tasks and the first was only guessed. */
  private static Checked<ArchitectureMatch> taskWarning(ArchitectureMatch match) {
    if (!match.taskGuessed()) {
      return Checked.valid(match);
    }
    return Checked.valid(match)
        .warn(
            List.of(
                new Warning(
                    WarningCode.TASK_GUESSED,
                    match.taskOrigin().get().detail()
                        + " ("
                        + match.architecture().task().wireName()
                        + ") was taken. For an embedding model, the Hub's pipeline_tag"
                        + " (feature-extraction) or sentence-transformers' modules.json in the"
                        + " folder selects embeddings_generation.")));
  }

  /** MAX's order once the encoding is known: LoRA, multi-GPU, the encoding's rules, max length. */
  private Checked<ResolvedModelConfig> withEncoding(
      ModelConfigRequest request,
      ModelSnapshot snapshot,
      ModelSnapshot weights,
      List<Device> visible,
      Prechecked pre,
      EncodingChoice.Decision encoding,
      FitCheck fit) {
    SupportedArchitecture arch = pre.match().architecture();
    List<DeviceSpec> specs = pre.specs();
    Option<ModelFacts> facts =
        ModelFacts.of(snapshot.config(), snapshot.firstGguf().orElse(weights::firstGguf));
    return Checked.combine(
            Checked.of(MaxModelConfigSteps.validateLoraCompatibility(request, arch, specs))
                .combine(
                    DataParallelRule.check(arch, request.dataParallelDegree(), specs),
                    (lora, dp) -> dp),
            Checked.ofSingle(MaxModelConfigSteps.validateMultiGpuSupported(request, arch, specs)),
            MaxModelConfigSteps.validateAndResolveWithResolvedQuantizationEncoding(
                request, snapshot, weights, arch, encoding, specs),
            Checked.ofSingle(MaxModelConfigSteps.validateMaxLength(request, arch, facts))
                .warn(MaxLengths.unused(arch, request.maxLength())),
            (dp, gpus, resolution, maxLength) ->
                new Assembly(
                    request,
                    snapshot,
                    weights,
                    pre.match(),
                    encoding,
                    resolution,
                    facts,
                    MaxModelConfigSteps.validateAndResolveRopeType(request, arch),
                    maxLength,
                    dp))
        .flatMap(
            assembly ->
                fit.apply(
                    assembly
                        .memoryPlan(visible)
                        .flatMap(
                            memory ->
                                MemoryPlanning.clampMaxLength(
                                        assembly.maxLength(),
                                        request.maxLength().isDefined(),
                                        memory)
                                    .map(length -> assembly.config(memory, length))),
                    () -> assembly.config(Option.none(), assembly.maxLength())));
  }

  /** Value: what the checks before the encoding choice found. */
  private record Prechecked(
      List<DeviceSpec> specs, ArchitectureMatch match, Option<SupportedEncoding> firstWeightFile) {}
}
