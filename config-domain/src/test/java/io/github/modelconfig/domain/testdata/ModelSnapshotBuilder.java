package io.github.modelconfig.domain.testdata;

import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.TensorInfo;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data: a model snapshot built field by field, e.g. {@code
 * aSnapshot().withConfig(tinyLlama()).withSafetensors("model.safetensors", "BF16").build()}; by
 * default a local folder {@code /models/tiny} without files or configs.
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

  private ModelSnapshotBuilder() {}

  public static ModelSnapshotBuilder aSnapshot() {
    return new ModelSnapshotBuilder();
  }

  /** The config.json of examples/tiny-llama (2 layers, 2 KV heads of 16, 2048 positions). */
  public static Map<String, Object> tinyLlama(String architecture) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("architectures", List.of(architecture));
    config.put("model_type", "llama");
    config.put("hidden_size", 64);
    config.put("head_dim", 16);
    config.put("num_attention_heads", 4);
    config.put("num_hidden_layers", 2);
    config.put("num_key_value_heads", 2);
    config.put("max_position_embeddings", 2048);
    config.put("vocab_size", 256);
    return config;
  }

  public static Map<String, Object> tinyLlama() {
    return tinyLlama("LlamaForCausalLM");
  }

  /** Nested maps become nested configs, as the JSON readers build them. */
  public static RawModelConfig raw(Map<String, ?> values) {
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? raw(cast(m)) : v));
    return RawModelConfig.of(copy);
  }

  /** The real config file {@code file} of a model under test resources {@code fixtures/models}. */
  public static RawModelConfig fixture(String model, String file) {
    String path = "/fixtures/models/" + model + "/" + file;
    try (InputStream in = ModelSnapshotBuilder.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return TestJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    }
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
    return withConfig(raw(values));
  }

  public ModelSnapshotBuilder withConfig(RawModelConfig config) {
    this.config = Option.of(config);
    return this;
  }

  public ModelSnapshotBuilder withGenerationConfig(Map<String, ?> values) {
    this.generationConfig = Option.of(raw(values));
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
        ggufs);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Map<?, ?> map) {
    return (Map<String, ?>) map;
  }
}
