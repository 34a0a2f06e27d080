package io.github.modelconfig.domain.testdata;

import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.github.modelconfig.domain.weights.TensorInfo;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data: a model snapshot built field by field, e.g. {@code
 * aSnapshot().withConfig(TestConfigs.tinyLlama()).withSafetensors("model.safetensors",
 * "BF16").build()}; by default a local folder {@code /models/tiny} without files or configs.
 */
public final class ModelSnapshotBuilder {

  /** The size of a file added without one. */
  public static final long MIB = 1L << 20;

  private String repoId = "/models/tiny";
  private RepoKind kind = RepoKind.LOCAL_FOLDER;
  private final List<RepoFile> files = new ArrayList<>();
  private Option<RawModelConfig> config = Option.none();
  private Option<RawModelConfig> generationConfig = Option.none();
  private Option<RawModelConfig> modelIndex = Option.none();
  private final Map<String, RawModelConfig> components = new LinkedHashMap<>();
  private final Map<String, SafetensorsHeader> headers = new LinkedHashMap<>();
  private final Map<String, GgufMetadata> ggufs = new LinkedHashMap<>();
  private Option<String> pipelineTag = Option.none();
  private final Map<String, SafetensorsIndex> indexes = new LinkedHashMap<>();

  private ModelSnapshotBuilder() {}

  public static ModelSnapshotBuilder aSnapshot() {
    return new ModelSnapshotBuilder();
  }

  public ModelSnapshotBuilder fromHub(String repoId) {
    this.repoId = repoId;
    this.kind = RepoKind.HUB;
    return this;
  }

  public ModelSnapshotBuilder inFolder(String path) {
    this.repoId = path;
    this.kind = RepoKind.LOCAL_FOLDER;
    return this;
  }

  public ModelSnapshotBuilder withConfig(Map<String, ?> values) {
    return withConfig(TestConfigs.raw(values));
  }

  public ModelSnapshotBuilder withConfig(RawModelConfig config) {
    this.config = Option.of(config);
    return this;
  }

  public ModelSnapshotBuilder withGenerationConfig(Map<String, ?> values) {
    this.generationConfig = Option.of(TestConfigs.raw(values));
    return this;
  }

  /** A diffusers pipeline: its model_index.json. */
  public ModelSnapshotBuilder withModelIndex(RawModelConfig index) {
    this.modelIndex = Option.of(index);
    return this;
  }

  public ModelSnapshotBuilder withComponentConfig(String component, RawModelConfig config) {
    components.put(component, config);
    return this;
  }

  public ModelSnapshotBuilder withPipelineTag(String tag) {
    this.pipelineTag = Option.of(tag);
    return this;
  }

  /** Files of {@link #MIB} each. */
  public ModelSnapshotBuilder withFiles(String... paths) {
    for (String path : paths) {
      withFile(path, MIB);
    }
    return this;
  }

  public ModelSnapshotBuilder withFile(String path, long size) {
    files.removeIf(f -> f.path().equals(path));
    files.add(RepoFile.of(path, size));
    return this;
  }

  /** A safetensors file (of {@link #MIB} unless added before) whose one tensor is of dtype. */
  public ModelSnapshotBuilder withSafetensors(String path, String dtype) {
    if (files.stream().noneMatch(f -> f.path().equals(path))) {
      withFile(path, MIB);
    }
    headers.put(
        path,
        new SafetensorsHeader(
            List.of(
                new TensorInfo("model.embed_tokens.weight", dtype, List.of(256L, 64L), 0, 1024)),
            Map.of(),
            128));
    return this;
  }

  /** A safetensors file (of {@link #MIB} unless added before) whose header was read. */
  public ModelSnapshotBuilder withSafetensors(String path, SafetensorsHeader header) {
    if (files.stream().noneMatch(f -> f.path().equals(path))) {
      withFile(path, MIB);
    }
    headers.put(path, header);
    return this;
  }

  /** A sharded safetensors index as its file names the shards (the file listed too). */
  public ModelSnapshotBuilder withIndex(String path, Map<String, Long> tensorsByShard) {
    withFile(path, 1024);
    indexes.put(path, new SafetensorsIndex(path, tensorsByShard, Option.none()));
    return this;
  }

  /** A GGUF file (of {@link #MIB} unless added before) whose header was read. */
  public ModelSnapshotBuilder withGguf(String path, GgufMetadata header) {
    if (files.stream().noneMatch(f -> f.path().equals(path))) {
      withFile(path, MIB);
    }
    ggufs.put(path, header);
    return this;
  }

  public ModelSnapshot build() {
    return new ModelSnapshot(
        repoId,
        kind,
        Option.none(),
        files,
        config,
        generationConfig,
        modelIndex,
        components,
        headers,
        pipelineTag,
        ggufs,
        Option.none(),
        indexes);
  }
}
