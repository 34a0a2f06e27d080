package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static io.github.modelconfig.domain.testdata.TestConfigs.tinyLlama;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheDtypes;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.provenance.Origin;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.DraftModels;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.request.RequestBinder;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reference §10 cases 11-13 (with the draft model's half) and 47: the kv_cache_format override,
 * cache dtype and strategy.
 */
class ReferenceKvCacheCasesTest {

  private static Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      ModelConfigRequest request, ModelSnapshot snapshot, List<Device> host) {
    return new ModelConfigResolver(ArchitectureRegistry.defaults())
        .resolve(request, snapshot, host);
  }

  @Test
  void case11_givenKvCacheFormatBFloat16_cacheDtype_staysBfloat16WithQ4k() {
    ModelConfigRequest request = aRequest().with("kv_cache_format", "BFloat16").build();

    assertThat(request.kvCache().kvCacheFormat()).contains(DType.BFLOAT16);
    assertThat(
            KvCacheDtypes.resolve(
                request.kvCache().kvCacheFormat(), Option.of(SupportedEncoding.Q4_K)))
        .isEqualTo(DType.BFLOAT16);
  }

  @Test
  void case11_givenKvCacheFormatBFloat16AndAQ4kRepo_resolve_keepsTheOverride() {
    ModelSnapshot snapshot =
        aSnapshot().withConfig(tinyLlama()).withFiles("tiny-q4_k_m.gguf").build();

    ResolvedModelConfig resolved =
        valid(
            resolve(
                aRequest().with("kv_cache_format", "BFloat16").with("devices", "cpu").build(),
                snapshot,
                aHost().withGpus(0).build()));

    assertThat(resolved.quantizationEncoding()).contains(SupportedEncoding.Q4_K);
    // Without the override a q4_k cache is float32 (case 10); the override wins.
    assertThat(resolved.kvCache().cacheDtype()).isEqualTo(DType.BFLOAT16);
  }

  @Test
  void case12_givenKvCacheFormatFp8_bind_rejectsListingTheValidValues() {
    Map<String, RawSetting> settings = new LinkedHashMap<>();
    settings.put("model_path", RawSetting.flag("model_path", "m"));
    settings.put("kv_cache_format", RawSetting.flag("kv_cache_format", "fp8"));

    ConfigError error = RequestBinder.bind(settings).getError().single();

    assertThat(error.code()).isEqualTo(ErrorCode.INVALID_CHOICE);
    assertThat(error.field()).isEqualTo("kv_cache.kv_cache_format");
    assertThat(error.message())
        .isEqualTo("kv_cache.kv_cache_format is 'fp8'; allowed: float32, bfloat16, float8_e4m3fn.");
  }

  @Test
  void case13_givenFloat4RepoAndPageSize512_resolve_setsBfloat16CacheAfterTheEncoding() {
    ModelConfigRequest request = aRequest().with("kv_cache_page_size", "512").build();
    ModelSnapshot snapshot =
        aSnapshot()
            .withConfig(tinyLlama())
            .withFiles("model.safetensors")
            .withSafetensors("model.safetensors", "U8")
            .build();

    // Before the encoding is known the cache dtype is float32 (MAX's _cache_dtype default) ...
    assertThat(KvCacheDtypes.resolve(request.kvCache().kvCacheFormat(), Option.none()))
        .isEqualTo(DType.FLOAT32);
    ResolvedModelConfig resolved = valid(resolve(request, snapshot, aHost().withGpus(1).build()));

    // ... and once float4 is resolved it is bfloat16; the page size is kept.
    assertThat(resolved.quantizationEncoding()).contains(SupportedEncoding.FLOAT4_E2M1FNX2);
    assertThat(resolved.kvCache().cacheDtype()).isEqualTo(DType.BFLOAT16);
    assertThat(resolved.kvCache().config().kvCachePageSize()).isEqualTo(512);
  }

  @Test
  void case13_givenAFloat8Draft_resolve_givesTheDraftABfloat16CacheToo() {
    Map<String, RawSetting> settings = new LinkedHashMap<>();
    settings.put("model_path", RawSetting.flag("model_path", "/models/tiny"));
    settings.put("kv_cache_page_size", RawSetting.flag("kv_cache_page_size", "512"));
    settings.put("draft_model_path", RawSetting.flag("draft_model_path", "/models/draft"));
    DraftModels.Split split = DraftModels.split(settings);
    DraftModels.Pair pair =
        DraftModels.pair(
            valid(RequestBinder.bind(split.main())), valid(RequestBinder.bind(split.draft())));
    ModelSnapshot float8 =
        aSnapshot()
            .withConfig(tinyLlama())
            .withFiles("model.safetensors")
            .withSafetensors("model.safetensors", "F8_E4M3")
            .build();

    ResolvedModelConfig draft = valid(resolve(pair.draft(), float8, aHost().withGpus(1).build()));

    assertThat(draft.quantizationEncoding()).contains(SupportedEncoding.FLOAT8_E4M3FN);
    assertThat(draft.kvCache().cacheDtype()).isEqualTo(DType.BFLOAT16);
    // The draft takes the main model's KV settings given as kwargs (page size 512).
    assertThat(draft.kvCache().config().kvCachePageSize()).isEqualTo(512);
  }

  @Test
  void case47_givenModelDefaultStrategy_resolve_takesTheArchitecturesPaged() {
    ModelSnapshot snapshot =
        aSnapshot()
            .withConfig(tinyLlama())
            .withFiles("model.safetensors")
            .withSafetensors("model.safetensors", "BF16")
            .build();
    ModelConfigRequest request = aRequest().build();

    ResolvedModelConfig resolved = valid(resolve(request, snapshot, aHost().withGpus(1).build()));

    assertThat(request.kvCache().cacheStrategy()).isEqualTo(KvCacheStrategy.MODEL_DEFAULT);
    assertThat(resolved.kvCache().config().cacheStrategy()).isEqualTo(KvCacheStrategy.PAGED);
    assertThat(resolved.provenance().of("kv_cache.cache_strategy"))
        .isEqualTo(Origin.of(Source.ARCHITECTURE, "LlamaForCausalLM"));
    // model_default is replaced silently: no "not supported" warning.
    assertThat(resolved.warnings())
        .extracting(Warning::code)
        .doesNotContain(WarningCode.CACHE_STRATEGY_REPLACED);
  }
}
