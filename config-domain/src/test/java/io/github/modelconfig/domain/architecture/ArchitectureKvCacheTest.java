package io.github.modelconfig.domain.architecture;

import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.kvcache.ResolvedKvCache;
import io.github.modelconfig.domain.rope.RopeType;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reference §5.2-5.4 (case 47): the KV cache once the encoding is known. */
class ArchitectureKvCacheTest {

  private static final ArchitectureRegistry REGISTRY = ArchitectureRegistry.defaults();
  private static final SupportedArchitecture LLAMA =
      REGISTRY.find("LlamaForCausalLM", Option.none()).get();
  private static final KvCacheConfig SWAPPING_WITHOUT_SPACE =
      new KvCacheConfig(KvCacheStrategy.PAGED, 128, true, true, 0, 0.9, Option.none());

  @Test
  void givenModelDefault_resolve_takesTheArchitecturesPagedStrategySilently() {
    Checked<ResolvedKvCache> kv =
        ArchitectureKvCache.resolve(LLAMA, KvCacheConfig.defaults(), SupportedEncoding.BFLOAT16);

    assertThat(valid(kv.validation()))
        .isEqualTo(
            new ResolvedKvCache(
                KvCacheConfig.defaults().withStrategy(KvCacheStrategy.PAGED), DType.BFLOAT16));
    assertThat(kv.warnings()).isEmpty();
  }

  @Test
  void givenAStrategyTheArchitectureDoesNotList_resolve_usesItsOwnWithAWarning() {
    SupportedArchitecture continuous =
        new SupportedArchitecture(
            "TinyForCausalLM",
            Task.TEXT_GENERATION,
            List.of(),
            SupportedEncoding.BFLOAT16,
            Map.of(SupportedEncoding.BFLOAT16, List.of(KvCacheStrategy.MODEL_DEFAULT)),
            WeightsFormat.SAFETENSORS,
            RopeType.NORMAL,
            false,
            Map.of(),
            false,
            false,
            MaxLengthRule.BOUNDED_BY_MODEL,
            Option.none());
    KvCacheConfig paged = KvCacheConfig.defaults().withStrategy(KvCacheStrategy.PAGED);

    Checked<ResolvedKvCache> kv =
        ArchitectureKvCache.resolve(continuous, paged, SupportedEncoding.BFLOAT16);

    assertThat(kv.warnings())
        .containsExactly(
            new Warning(
                WarningCode.CACHE_STRATEGY_REPLACED,
                "cache_strategy paged is not supported by TinyForCausalLM; using model_default."));
  }

  @Test
  void givenSwappingWithoutSwapSpace_resolve_reportsTheFeatureConflict() {
    Checked<ResolvedKvCache> kv =
        ArchitectureKvCache.resolve(LLAMA, SWAPPING_WITHOUT_SPACE, SupportedEncoding.BFLOAT16);

    assertThat(kv.errors().map(ConfigError::field))
        .containsExactly("kv_cache.host_kvcache_swap_space_gb");
  }

  @Test
  void givenAnEncodingTheArchitectureLacks_resolve_leavesTheFeatureChecksToThatError() {
    SupportedArchitecture gemma3 = REGISTRY.find("Gemma3ForCausalLM", Option.none()).get();

    Checked<ResolvedKvCache> kv =
        ArchitectureKvCache.resolve(gemma3, SWAPPING_WITHOUT_SPACE, SupportedEncoding.Q4_K);

    assertThat(kv.errors()).isEmpty();
    assertThat(valid(kv.validation()).config().kvCachePageSize()).isEqualTo(256);
  }
}
