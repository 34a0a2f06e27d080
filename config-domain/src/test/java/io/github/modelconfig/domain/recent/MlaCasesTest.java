package io.github.modelconfig.domain.recent;

import static io.github.modelconfig.domain.recent.RecentModels.recent;
import static io.github.modelconfig.domain.recent.RecentModels.request;
import static io.github.modelconfig.domain.recent.RecentModels.resolve;
import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.memory.MemoryPlan;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.testdata.TestConfigs;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DeepSeek-style multi-head latent attention on real configs: the FP8 KV cache quantized as MAX's
 * deepseekV3/model_config.py does (float32 scales per 32 elements of the 576-wide latent), and head
 * widths that exist in the model.
 */
class MlaCasesTest {

  private static final List<Device> EIGHT_GPUS = aHost().withGpus(8).withoutCpu().build();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"deepseek-v3", "kimi-k2-instruct"})
  void givenMlaModel_resolveWithFp8KvCache_pageHoldsTheLatentAndItsScales(String model) {
    MemoryPlan memory =
        valid(
                resolve(
                    request().with("kv_cache_format", "float8_e4m3fn"),
                    recent(model, "BF16"),
                    EIGHT_GPUS))
            .memory()
            .get();

    // One 576-wide latent (kv_lora_rank 512 + qk_rope_head_dim 64) in each of 61 layers, 128
    // tokens a page, 1 byte each, plus 576 / 32 = 18 float32 scales; MAX counts the block once per
    // tensor-parallel device (8): (61 x 128 x 576 + 61 x 128 x 18 x 4) x 8.
    assertThat(memory.kvBytesPerPage()).isEqualTo((4_497_408L + 562_176L) * 8);
  }

  @Test
  void givenDenseModel_resolveWithFp8KvCache_storesNoScales() {
    MemoryPlan memory =
        valid(
                resolve(
                    request().with("kv_cache_format", "float8_e4m3fn"),
                    RecentModels.folder(TestConfigs.fixture("llama-3.2-1b", "config.json"), "BF16")
                        .build(),
                    aHost().withGpus(1).withoutCpu().build()))
            .memory()
            .get();

    // 2 (K, V) x 16 layers x 128 tokens x 8 KV heads x 64 x 1 byte: MAX's llama3 passes no
    // KVCacheQuantizationConfig, so no scales.
    assertThat(memory.kvBytesPerPage()).isEqualTo(2_097_152);
  }

  @Test
  void givenDeepSeekV3_facts_reportTheAttentionAndTheCacheHeadWidths() {
    ModelFacts f = ModelFacts.of(Option.of(TestConfigs.recent("deepseek-v3")), Option.none()).get();

    // qk_nope_head_dim 128 + qk_rope_head_dim 64; v_head_dim 128; latent 512 + 64. Not
    // hidden_size / heads = 7168 / 128 = 56, a width nothing in the model has.
    assertThat(f.headDim()).contains(192L);
    assertThat(f.vHeadDim()).contains(128L);
    assertThat(f.kvHeadDimForCache()).contains(576L);
    assertThat(f.kvHeadsForCache()).contains(1L);
  }

  @Test
  void givenMlaModelTooBigForOneGpu_resolve_hintsDeviceCountWithoutKvHeadDivisibility() {
    var snapshot =
        RecentModels.folder(TestConfigs.recent("deepseek-v3"), "BF16")
            .withFile("model.safetensors", 200 * RecentModels.GIB)
            .build();

    var outcome =
        resolve(request().with("devices", "gpu:0"), snapshot, aHost().withGpus(8).build());

    assertThat(outcome.isInvalid()).as(outcome.toString()).isTrue();
    assertThat(outcome.getError().get(0).hint()).contains("--target NAME:3").doesNotContain("KV");
  }

  @Test
  void givenGqaModelTooBigForOneGpu_resolve_hintsACountThatDividesTheKvHeads() {
    var snapshot =
        RecentModels.folder(TestConfigs.fixture("meta-llama-3-8b-instruct", "config.json"), "BF16")
            .withFile("model.safetensors", 200 * RecentModels.GIB)
            .build();

    var outcome =
        resolve(request().with("devices", "gpu:0"), snapshot, aHost().withGpus(8).build());

    // 200 GiB over 72 GiB usable a GPU is 3 GPUs; 8 KV heads split evenly over 4.
    assertThat(outcome.getError().get(0).hint())
        .contains("4 divide the model's 8 KV heads", "--target NAME:4");
  }
}
