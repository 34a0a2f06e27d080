package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.testdata.ModelSnapshotBuilder;
import io.github.modelconfig.domain.testdata.RequestBuilder;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Weight files from the model or another repo, the KV-cache feature checks (case 51), no plan. */
class ResolverWeightAndKvCasesTest {

  private static final List<Device> GPU_HOST = aHost().withGpus(1).withoutCpu().build();

  private static final List<Device> CPU_HOST = aHost().build();

  private static final Map<String, Object> LLAMA =
      Map.of(
          "architectures", List.of("LlamaForCausalLM"),
          "hidden_size", 64,
          "num_attention_heads", 4,
          "num_hidden_layers", 2,
          "num_key_value_heads", 2,
          "max_position_embeddings", 2048,
          "vocab_size", 1000);

  private final ModelConfigResolver resolver =
      new ModelConfigResolver(ArchitectureRegistry.defaults());

  /** A Llama repo with these files; safetensors files get a one-tensor header of the dtype. */
  private static ModelSnapshot repo(Map<String, String> safetensorsDtypes, String... ggufFiles) {
    return repo(LLAMA, safetensorsDtypes, ggufFiles);
  }

  private static ModelSnapshot repo(
      Map<String, Object> config, Map<String, String> safetensorsDtypes, String... ggufFiles) {
    ModelSnapshotBuilder repo =
        aSnapshot().fromHub("org/llama").withConfig(config).withFile("config.json", 500);
    new TreeMap<>(safetensorsDtypes).forEach(repo::withSafetensors);
    return repo.withFiles(ggufFiles).build();
  }

  private static ModelConfigRequest request(
      Option<SupportedEncoding> encoding, boolean cast, List<String> weightPath) {
    RequestBuilder request = aRequest().with("model_path", "org/llama");
    encoding.forEach(e -> request.with("quantization_encoding", e.wireName()));
    if (cast) {
      request.with("allow_safetensors_weights_fp32_bf6_bidirectional_cast", "true");
    }
    if (!weightPath.isEmpty()) {
      request.with("weight_path", String.join(",", weightPath));
    }
    return request.build();
  }

  private Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      ModelConfigRequest request, ModelSnapshot snapshot, List<Device> host) {
    return resolver.resolve(request, snapshot, host);
  }

  private static List<String> codes(Validation<Seq<ConfigError>, ResolvedModelConfig> result) {
    return result.getError().map(e -> e.code().wireName()).toJavaList();
  }

  @Test
  void givenAWeightPathMissingFromTheRepo_resolve_reportsTheMissingFile() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.BFLOAT16), false, List.of("missing.safetensors")),
            repo(Map.of("model.safetensors", "BF16")),
            GPU_HOST);

    assertThat(codes(result)).containsExactly("weight_file_not_found");
    assertThat(result.getError().get(0).message()).contains("missing.safetensors", "org/llama");
  }

  @Test
  void givenWeightsFromAnotherRepo_resolve_namesThatRepoAndUsesItsFiles() {
    ModelSnapshot model = repo(Map.of());
    ModelSnapshot gguf =
        aSnapshot()
            .fromHub("org/llama-GGUF")
            .withFile("llama-q4_k_m.gguf", 4_000)
            .withFile("llama-q6_k.gguf", 5_000)
            .build();

    var result =
        resolver.resolve(
            request(Option.none(), false, List.of("llama-q6_k.gguf")), model, gguf, CPU_HOST);

    assertThat(valid(result).weightsRepoId()).contains("org/llama-GGUF");
    assertThat(valid(result).huggingfaceWeightRepoId()).isEqualTo("org/llama-GGUF");
    assertThat(valid(result).quantizationEncoding()).contains(SupportedEncoding.Q6_K);
    assertThat(valid(result).weightsSize()).contains(5_000L);
  }

  @Test
  void case51_givenSwappingWithoutPrefixCachingOrSwapSpace_resolve_reportsBothEvenWithoutAPlan() {
    ModelConfigRequest r = request(Option.none(), false, List.of());
    var kv = new KvCacheConfig(KvCacheStrategy.PAGED, 128, false, true, 0, 0.9, Option.none());
    ModelConfigRequest swapping = r.withKvCache(kv);

    // bfloat16 cannot run on this CPU host, so there is no memory plan; the checks still run
    var result = resolve(swapping, repo(Map.of("model.safetensors", "BF16")), CPU_HOST);

    assertThat(result.getError().map(ConfigError::field))
        .contains(
            "kv_cache.enable_kvcache_swapping_to_host", "kv_cache.host_kvcache_swap_space_gb");
  }

  @Test
  void givenAConfigWithoutHeads_resolve_saysWhyThereIsNoMemoryPlan() {
    Map<String, Object> headless = new LinkedHashMap<>(LLAMA);
    headless.remove("num_attention_heads");
    headless.remove("num_key_value_heads");

    var result =
        resolve(
            request(Option.none(), false, List.of()),
            repo(headless, Map.of("model.safetensors", "BF16")),
            GPU_HOST);

    assertThat(valid(result).memory()).isEmpty();
    assertThat(valid(result).warnings())
        .filteredOn(w -> w.code() == WarningCode.NO_MEMORY_PLAN)
        .singleElement()
        .extracting(Warning::message)
        .asString()
        .contains("num_attention_heads");
  }
}
