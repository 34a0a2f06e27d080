package io.github.modelconfig.domain.kvcache;

import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class KvCacheParamsTest {

  static final KvCacheConfig PAGED = KvCacheConfig.defaults().withStrategy(KvCacheStrategy.PAGED);

  /** Llama-3.1-8B shape: 32 layers, 8 KV heads, head_dim 128. */
  static final KvCacheShape LLAMA_8B = KvCacheShape.of(32, 8, 128);

  static KvCacheParams llama(DType dtype, int devices, int dp) {
    return valid(
        KvCacheParams.builder(LLAMA_8B, dtype)
            .devices(devices)
            .dataParallelDegree(dp)
            .build(PAGED));
  }

  static Seq<ConfigError> errors(int devices, int dp, KvCacheConfig config) {
    return KvCacheParams.builder(LLAMA_8B, DType.BFLOAT16)
        .devices(devices)
        .dataParallelDegree(dp)
        .build(config)
        .getError();
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
    KvCacheParams p =
        valid(
            KvCacheParams.builder(KvCacheShape.mla(61, 576), DType.BFLOAT16)
                .devices(8)
                .build(PAGED));

    assertThat(p.kvDim()).isEqualTo(1);
    assertThat(p.bytesPerBlock()).isEqualTo(71_958_528L);
    assertThat(p.bytesPerToken()).isEqualTo(562_176L);
  }

  @Test
  void givenMiniCpm3Mla_bytesPerToken_usesLatentWidth() {
    // 62 layers, kv_lora_rank 256 + qk_rope_head_dim 32 = 288: 1 * 62 * 288 * 2 = 35,712 B/token.
    KvCacheParams p =
        valid(KvCacheParams.builder(KvCacheShape.mla(62, 288), DType.BFLOAT16).build(PAGED));

    assertThat(p.bytesPerToken()).isEqualTo(35_712L);
  }

  @Test
  void givenFp8CacheOfQuantizedModel_bytesPerBlock_addsFloat32Scales() {
    // data: 2*32*128*8*128*1 = 8 MiB; scales: 2*32*128*8*(128/128) * 4 = 262,144.
    KvCacheParams p =
        valid(
            KvCacheParams.builder(LLAMA_8B, DType.FLOAT8_E4M3FN).quantizedModel(true).build(PAGED));

    assertThat(p.fp8Scales()).isTrue();
    assertThat(p.bytesPerBlock()).isEqualTo((8L << 20) + 262_144);
  }

  @Test
  void givenFp8CacheOfQuantizedModelWithHeadDim96_build_rejectsTheGranularity() {
    Seq<ConfigError> errors =
        KvCacheParams.builder(KvCacheShape.of(32, 8, 96), DType.FLOAT8_E4M3FN)
            .quantizedModel(true)
            .build(PAGED)
            .getError();

    assertThat(errors.map(ConfigError::code))
        .containsExactly(ErrorCode.KV_QUANTIZATION_GRANULARITY);
    assertThat(errors.head().message())
        .isEqualTo(
            "KVCache quantization granularity (128) must evenly divide KV head dimension (96).");
  }

  @Test
  void givenEightKvHeadsOnThreeGpus_build_rejectsTheSplit() {
    // Case 49.
    Seq<ConfigError> errors = errors(3, 1, PAGED);

    assertThat(errors.map(ConfigError::message))
        .containsExactly("Number of KV heads (8) must be divisible by the number of devices (3).");
    assertThat(errors.head().hint()).isEqualTo("Use a device count that divides 8, e.g. 2.");
  }

  @Test
  void givenDataParallelAndTensorParallel_build_rejectsBoth() {
    // Case 50: dp 2 on 4 devices, dp 4 on 2 devices.
    assertThat(errors(4, 2, PAGED).map(ConfigError::message))
        .singleElement()
        .asString()
        .contains("We do not yet support DP + TP");
    assertThat(errors(2, 4, PAGED).map(ConfigError::message))
        .singleElement()
        .asString()
        .contains("cannot be greater than the number of devices (2)");
  }

  @Test
  void givenPrefixCachingWithoutPaged_build_rejects() {
    // Case 51: model_default given straight to the params; then swapping without prefix caching.
    assertThat(errors(1, 1, KvCacheConfig.defaults()).map(ConfigError::message))
        .containsExactly("Prefix caching is only supported for paged cache strategy.");
    var swapping =
        new KvCacheConfig(KvCacheStrategy.PAGED, 128, false, true, 50, 0.9, Option.none());
    assertThat(errors(1, 1, swapping).map(ConfigError::message))
        .containsExactly(
            "KVCache swapping to host is only supported when prefix caching is enabled.");
  }
}
