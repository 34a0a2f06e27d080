package io.github.modelconfig.domain.repo;

import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.ParameterCounts;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.github.modelconfig.domain.weights.WeightFiles;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value: everything the resolver knows about one model repo at one revision, gathered by the
 * application from a local folder, the HF cache or the Hub: its files, parsed config files, the
 * headers of the weight files that were read (safetensors headers and GGUF metadata by path) and
 * the Hub's own count of the safetensors parameters per dtype, which stands for the safetensors
 * headers when none was read, and the sharded safetensors indexes that were read, by path (with
 * their shards as the files name them).
 */
public record ModelSnapshot(
    String repoId,
    RepoKind kind,
    Option<String> commit,
    List<RepoFile> files,
    Option<RawModelConfig> config,
    Option<RawModelConfig> generationConfig,
    Option<RawModelConfig> modelIndex,
    Map<String, RawModelConfig> componentConfigs,
    Map<String, SafetensorsHeader> safetensorsHeaders,
    Option<String> pipelineTag,
    Map<String, GgufMetadata> ggufMetadata,
    Option<ParameterCounts> hubParameterCounts,
    Map<String, SafetensorsIndex> safetensorsIndexes) {

  public ModelSnapshot {
    Objects.requireNonNull(repoId, "repoId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(commit, "commit");
    files = List.copyOf(files);
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(generationConfig, "generationConfig");
    Objects.requireNonNull(modelIndex, "modelIndex");
    componentConfigs = Collections.unmodifiableMap(new LinkedHashMap<>(componentConfigs));
    safetensorsHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(safetensorsHeaders));
    Objects.requireNonNull(pipelineTag, "pipelineTag");
    ggufMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(ggufMetadata));
    Objects.requireNonNull(hubParameterCounts, "hubParameterCounts");
    safetensorsIndexes = Collections.unmodifiableMap(new LinkedHashMap<>(safetensorsIndexes));
  }

  /** The GGUF metadata of the first GGUF file (in listing order) whose header was read. */
  public Option<GgufMetadata> firstGguf() {
    return Option.ofOptional(
        files.stream().map(f -> ggufMetadata.get(f.path())).filter(Objects::nonNull).findFirst());
  }

  public Option<RepoFile> file(String path) {
    return Option.ofOptional(files.stream().filter(f -> f.path().equals(path)).findFirst());
  }

  /**
   * The parameters the safetensors headers count, else the Hub's count of them; none when the repo
   * has no safetensors weights or nothing counted them.
   */
  public Option<Long> parameterCount() {
    if (safetensorsHeaders.isEmpty()) {
      return hubCountsForSafetensors().map(ParameterCounts::total);
    }
    return Option.of(
        safetensorsHeaders.values().stream()
            .mapToLong(SafetensorsHeader::totalParameters)
            .reduce(0L, Math::addExact));
  }

  /**
   * The Hub's parameter counts where they stand for the safetensors headers: the repo lists
   * safetensors weights and none of their headers was read.
   */
  public Option<ParameterCounts> hubCountsForSafetensors() {
    boolean listsSafetensors = WeightFiles.byFormat(files).containsKey(WeightsFormat.SAFETENSORS);
    return safetensorsHeaders.isEmpty() && listsSafetensors ? hubParameterCounts : Option.none();
  }

  public boolean isDiffusionPipeline() {
    return modelIndex.isDefined();
  }
}
