package io.github.modelconfig.domain.kvcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class KvCacheParamsTest {

  static final KvCacheConfig PAGED = KvCacheConfig.defaults().withStrategy(KvCacheStrategy.PAGED);

  /** Llama-3.1-8B shape: 32 layers, 8 KV heads, head_dim 128. */
  static KvCacheParams llama(DType dtype, int devices, int dp) {
    return KvCacheParams.of(dtype, 8, 128, 32, devices, false, dp, false, PAGED).get();
  }

  @Test
  void givenLlama8bBf16OnOneGpu_bytesPerBlock_is16MiB() {
    // Case 48: 2 (K,V) * 32 layers * 128 tokens * 8 heads * 128 dim * 2 bytes = 16,777,216.
    KvCacheParams p = llama(DType.BFLOAT16, 1, 1);

    assertThat(p.bytesPerBlock()).isEqualTo(16L << 20);
    assertThat(p.bytesPerToken()).isEqualTo(131_072);
  }

  @Test
  void givenTwoGpusTensorParallel_bytesPerBlock_isTheSameTotal() {
    // 4 heads per device x TP 2: 2*32*128*4*128*2 * 2 = 16 MiB.
    KvCacheParams p = llama(DType.BFLOAT16, 2, 1);

    assertThat(p.headsPerDevice()).isEqualTo(4);
    assertThat(p.tensorParallelDegree()).isEqualTo(2);
    assertThat(p.bytesPerBlock()).isEqualTo(16L << 20);
  }

  @Test
  void givenDataParallelTwo_bytesPerBlock_isOneReplicasWholeCache() {
    // DP 2 on 2 devices: TP 1, all 8 heads per replica: 2*32*128*8*128*2 = 16 MiB per replica.
    KvCacheParams p = llama(DType.BFLOAT16, 2, 2);

    assertThat(p.headsPerDevice()).isEqualTo(8);
    assertThat(p.tensorParallelDegree()).isEqualTo(1);
    assertThat(p.bytesPerBlock()).isEqualTo(16L << 20);
  }

  @Test
  void givenDeepSeekV3MlaOnEightGpus_bytesPerBlock_isOneLatentPerDevice() {
    // 61 layers, latent 512 + 64 = 576, kv_dim 1, bf16, TP 8:
    // 1 * 61 * 128 * 1 * 576 * 2 * 8 = 71,958,528 bytes; per token 562,176.
    KvCacheParams p = KvCacheParams.of(DType.BFLOAT16, 1, 576, 61, 8, true, 1, false, PAGED).get();

    assertThat(p.kvDim()).isEqualTo(1);
    assertThat(p.bytesPerBlock()).isEqualTo(71_958_528L);
    assertThat(p.bytesPerToken()).isEqualTo(562_176L);
  }

  @Test
  void givenMiniCpm3Mla_bytesPerToken_usesLatentWidth() {
    // 62 layers, kv_lora_rank 256 + qk_rope_head_dim 32 = 288: 1 * 62 * 288 * 2 = 35,712 B/token.
    KvCacheParams p = KvCacheParams.of(DType.BFLOAT16, 1, 288, 62, 1, true, 1, false, PAGED).get();

    assertThat(p.bytesPerToken()).isEqualTo(35_712L);
  }

  @Test
  void givenFp8CacheOfQuantizedModel_bytesPerBlock_addsFloat32Scales() {
    // data: 2*32*128*8*128*1 = 8 MiB; scales: 2*32*128*8*(128/128) * 4 = 262,144.
    KvCacheParams p =
        KvCacheParams.of(DType.FLOAT8_E4M3FN, 8, 128, 32, 1, false, 1, true, PAGED).get();

    assertThat(p.bytesPerBlock()).isEqualTo((8L << 20) + 262_144);
  }

  @Test
  void givenEightKvHeadsOnThreeGpus_of_rejectsTheSplit() {
    // Case 49.
    var result = KvCacheParams.of(DType.BFLOAT16, 8, 128, 32, 3, false, 1, false, PAGED);

    assertThat(result.getError().map(ConfigError::message).head())
        .contains("Number of KV heads (8) must be divisible by the number of devices (3)");
    assertThat(result.getError().head().hint()).contains("2");
  }

  @Test
  void givenDataParallelAndTensorParallel_of_rejectsBoth() {
    // Case 50: dp 2 on 4 devices, dp 4 on 2 devices.
    assertThat(
            KvCacheParams.of(DType.BFLOAT16, 8, 128, 32, 4, false, 2, false, PAGED)
                .getError()
                .head()
                .message())
        .contains("We do not yet support DP + TP");
    assertThat(
            KvCacheParams.of(DType.BFLOAT16, 8, 128, 32, 2, false, 4, false, PAGED)
                .getError()
                .head()
                .message())
        .contains("cannot be greater than the number of devices (2)");
  }

  @Test
  void givenPrefixCachingWithoutPaged_of_rejects() {
    // Case 51: model_default given straight to the params; then swapping without prefix caching.
    var modelDefault = KvCacheConfig.defaults();
    assertThat(
            KvCacheParams.of(DType.BFLOAT16, 8, 128, 32, 1, false, 1, false, modelDefault)
                .getError()
                .head()
                .message())
        .isEqualTo("Prefix caching is only supported for paged cache strategy.");
    var swapping =
        new KvCacheConfig(KvCacheStrategy.PAGED, 128, false, true, 50, 0.9, Option.none());
    assertThat(
            KvCacheParams.of(DType.BFLOAT16, 8, 128, 32, 1, false, 1, false, swapping)
                .getError()
                .map(ConfigError::message))
        .anyMatch(m -> m.contains("only supported when prefix caching is enabled"));
  }
}
