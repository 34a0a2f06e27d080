package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.ArchitectureMatch;
import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.diffusers.DiffusersComponents;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.memory.MemoryPlan;
import io.github.modelconfig.domain.memory.MemoryPlanning;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.model.SamplingDefaults;
import io.github.modelconfig.domain.quantization.EncodingChoice;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.rope.RopeType;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Option;
import java.util.List;

/**
 * Value: the outcomes of the resolution steps up to max length, from which the memory plan is made
 * and the {@link ResolvedModelConfig} assembled.
 */
record Assembly(
    ModelConfigRequest request,
    ModelSnapshot snapshot,
    ModelSnapshot weights,
    ArchitectureMatch match,
    EncodingChoice.Decision encoding,
    EncodingResolution resolution,
    Option<ModelFacts> facts,
    RopeType rope,
    Option<Long> maxLength,
    int dataParallelDegree) {

  SupportedArchitecture arch() {
    return match.architecture();
  }

  /** The bytes of the weight files, when every size is known. */
  Option<Long> weightsSize() {
    List<RepoFile> files = resolution.weightFiles();
    if (files.isEmpty() || files.stream().anyMatch(f -> f.size().isEmpty())) {
      return Option.none();
    }
    return Option.of(files.stream().mapToLong(f -> f.size().get()).sum());
  }

  /** The memory plan of an architecture with a KV cache (none for embeddings and pixels). */
  Checked<Option<MemoryPlan>> memoryPlan(List<Device> visible) {
    SupportedArchitecture arch = arch();
    if (!arch.hasKvCache()) {
      return Checked.valid(Option.none());
    }
    return MemoryPlanning.plan(
        new MemoryPlanning.Model(
            arch.name(),
            facts,
            snapshot.config().getOrElse(RawModelConfig.empty()),
            weightsSize(),
            arch.kvCacheQuantization()),
        resolution.kvCache(),
        resolution.deviceSpecs(),
        visible,
        new MemoryPlanning.Limits(
            request.maxLength(), maxLength, request.maxBatchSize(), dataParallelDegree));
  }

  /** The resolved config (without warnings: the resolver adds those it collected). */
  ResolvedModelConfig config(Option<MemoryPlan> memory, Option<Long> finalLength) {
    List<RepoFile> files = resolution.weightFiles();
    return new ResolvedModelConfig(
        request,
        request.modelPath(),
        snapshot,
        weights.repoId().equals(snapshot.repoId()) ? Option.none() : Option.of(weights.repoId()),
        files.stream().map(RepoFile::path).toList(),
        files.isEmpty() ? Option.none() : files.get(0).format(),
        weightsSize(),
        Option.of(encoding.encoding()),
        encoding.cast(),
        Option.of(rope),
        finalLength,
        memory.map(MemoryPlan::maxBatchSize).orElse(request.maxBatchSize()),
        resolution.deviceSpecs(),
        resolution.kvCache(),
        Option.of(arch()),
        facts,
        weights.parameterCount(),
        snapshot.generationConfig().map(SamplingDefaults::from).getOrElse(SamplingDefaults.none()),
        DiffusersComponents.of(snapshot),
        memory,
        ResolvedProvenance.of(this, memory, finalLength),
        List.of(),
        Option.none());
  }
}
