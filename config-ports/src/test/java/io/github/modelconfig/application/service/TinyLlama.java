package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.FakeWeightsInspector;
import io.github.modelconfig.application.port.out.InMemoryModelFiles;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.TensorInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Test-data builder: a tiny Llama repo in memory (config.json of examples/tiny-llama, generation
 * config, safetensors shards) and the inspector that knows its shards' headers.
 */
final class TinyLlama {

  static final String CONFIG =
      "{\"architectures\":[\"LlamaForCausalLM\"],\"model_type\":\"llama\",\"hidden_size\":64,"
          + "\"intermediate_size\":128,\"num_attention_heads\":4,\"num_hidden_layers\":2,"
          + "\"num_key_value_heads\":2,\"head_dim\":16,\"vocab_size\":256,"
          + "\"max_position_embeddings\":2048,\"torch_dtype\":\"float32\"}";

  /** Parameters of each shard's header. */
  static final long SHARD_PARAMETERS = 16_384;

  private final InMemoryModelFiles.Builder files;
  private final FakeWeightsInspector inspector = new FakeWeightsInspector();

  private TinyLlama(String repoId) {
    this.files =
        InMemoryModelFiles.repo(repoId)
            .file("config.json", CONFIG)
            .file("generation_config.json", "{\"temperature\":0.6}");
  }

  /** A local folder named {@code repoId} with the config files and no weights yet. */
  static TinyLlama repo(String repoId) {
    return new TinyLlama(repoId);
  }

  /** {@code n} shards {@code model-0000i-of-0000n.safetensors} of {@code dtype}. */
  TinyLlama shards(int n, String dtype) {
    for (int i = 1; i <= n; i++) {
      String name = String.format("model-%05d-of-%05d.safetensors", i, n);
      byte[] content = name.getBytes(StandardCharsets.UTF_8);
      files.file(name, content);
      inspector.knowing(content, header(dtype, SHARD_PARAMETERS));
    }
    return this;
  }

  TinyLlama file(String path, String content) {
    files.file(path, content);
    return this;
  }

  TinyLlama failing(String path, RepositoryFailure failure) {
    files.failing(path, failure);
    return this;
  }

  /** On the Hub at {@code commit}, with the Hub's counts of the safetensors parameters. */
  TinyLlama onHub(String commit, Map<String, Long> parameterCounts) {
    files.onHub(commit).hubParameterCounts(parameterCounts);
    return this;
  }

  /** On the Hub at {@code commit}, without parameter counts. */
  TinyLlama onHub(String commit) {
    files.onHub(commit);
    return this;
  }

  /** {@code path} listed with this etag (a server's bad listing). */
  TinyLlama etag(String path, String value) {
    files.etag(path, value);
    return this;
  }

  /** Listed without etags (not a Hub: a download cannot name the blobs). */
  TinyLlama withoutEtags() {
    files.withoutEtags();
    return this;
  }

  TinyLlama fingerprint(String value) {
    files.fingerprint(value);
    return this;
  }

  InMemoryModelFiles files() {
    return files.build();
  }

  FakeWeightsInspector inspector() {
    return inspector;
  }

  /** A header of one tensor of {@code parameters} elements of {@code dtype}. */
  static SafetensorsHeader header(String dtype, long parameters) {
    long bytes = parameters * (dtype.equals("BF16") || dtype.equals("F16") ? 2 : 4);
    return new SafetensorsHeader(
        List.of(new TensorInfo("model.embed_tokens.weight", dtype, List.of(parameters), 0, bytes)),
        Map.of(),
        128);
  }
}
