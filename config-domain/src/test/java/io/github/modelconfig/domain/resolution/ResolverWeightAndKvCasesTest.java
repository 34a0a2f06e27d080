package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.resolution.SmallLlamaCases.*;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weight files from the model or another repo, the KV-cache feature checks (case 51), no plan. */
class ResolverWeightAndKvCasesTest {

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
        RESOLVER.resolve(
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
