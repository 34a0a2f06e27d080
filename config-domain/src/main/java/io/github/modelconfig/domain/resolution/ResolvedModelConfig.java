package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.diffusers.DiffusersConfig;
import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.encoding.GraphQuantizationEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.kvcache.ResolvedKvCache;
import io.github.modelconfig.domain.memory.MemoryPlan;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.model.SamplingDefaults;
import io.github.modelconfig.domain.provenance.Provenance;
import io.github.modelconfig.domain.quantization.DtypeCast;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.rope.RopeType;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Value: a resolved and validated model config, the answer of {@code resolve}: every MAX field with
 * its final value, what was derived from the model, the memory plan, provenance, warnings and the
 * resolved draft model of speculative decoding, if any. {@code huggingfaceModelRepo} is the model
 * repo as it was read (MAX's {@code huggingface_model_repo}): id, kind, commit, files and configs.
 */
public record ResolvedModelConfig(
    ModelConfigRequest request,
    String modelPath,
    ModelSnapshot huggingfaceModelRepo,
    Option<String> weightsRepoId,
    List<String> weightPath,
    Option<WeightsFormat> weightsFormat,
    Option<Long> weightsSize,
    Option<SupportedEncoding> quantizationEncoding,
    Option<DtypeCast> dtypeCast,
    Option<RopeType> ropeType,
    Option<Long> maxLength,
    Option<Long> maxBatchSize,
    List<DeviceSpec> deviceSpecs,
    ResolvedKvCache kvCache,
    Option<SupportedArchitecture> architecture,
    Option<ModelFacts> model,
    Option<Long> parameterCount,
    SamplingDefaults samplingParamsDefaults,
    Option<DiffusersConfig> diffusersConfig,
    Option<MemoryPlan> memory,
    Provenance provenance,
    List<Warning> warnings,
    Option<ResolvedModelConfig> draftModel) {

  public ResolvedModelConfig {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(modelPath, "modelPath");
    Objects.requireNonNull(huggingfaceModelRepo, "huggingfaceModelRepo");
    weightPath = List.copyOf(weightPath);
    deviceSpecs = List.copyOf(deviceSpecs);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(kvCache, "kvCache");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(draftModel, "draftModel");
  }

  /** This config with its resolved draft model and the warnings the pairing raised. */
  public ResolvedModelConfig withDraft(ResolvedModelConfig draft, List<Warning> more) {
    return copy(more, Option.of(draft));
  }

  /** This config with more warnings (e.g. from device discovery). */
  public ResolvedModelConfig withWarnings(List<Warning> more) {
    return copy(more, draftModel);
  }

  private ResolvedModelConfig copy(List<Warning> more, Option<ResolvedModelConfig> draft) {
    List<Warning> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new ResolvedModelConfig(
        request,
        modelPath,
        huggingfaceModelRepo,
        weightsRepoId,
        weightPath,
        weightsFormat,
        weightsSize,
        quantizationEncoding,
        dtypeCast,
        ropeType,
        maxLength,
        maxBatchSize,
        deviceSpecs,
        kvCache,
        architecture,
        model,
        parameterCount,
        samplingParamsDefaults,
        diffusersConfig,
        memory,
        provenance,
        all,
        draft);
  }

  /** MAX's {@code huggingface_config}: config.json as read, none for a GGUF-only repo. */
  public Option<RawModelConfig> huggingfaceConfig() {
    return huggingfaceModelRepo.config();
  }

  /** MAX's {@code generation_config}: generation_config.json as read, when the repo has one. */
  public Option<RawModelConfig> generationConfig() {
    return huggingfaceModelRepo.generationConfig();
  }

  /** served_model_name, else model_path. */
  public String modelName() {
    return request.servedModelName().getOrElse(modelPath);
  }

  /** The weights repo when weights come from another repo, else model_path (MAX's property). */
  public String huggingfaceWeightRepoId() {
    return weightsRepoId.filter(id -> !id.isEmpty()).getOrElse(modelPath);
  }

  /** The model dtype of the encoding. */
  public Option<DType> dtype() {
    return quantizationEncoding.map(SupportedEncoding::dtype);
  }

  public Option<GraphQuantizationEncoding> graphQuantizationEncoding() {
    return quantizationEncoding.flatMap(SupportedEncoding::graphQuantizationEncoding);
  }

  /** The first device spec, MAX's {@code default_device_spec}. */
  public DeviceSpec defaultDeviceSpec() {
    return deviceSpecs.get(0);
  }
}
