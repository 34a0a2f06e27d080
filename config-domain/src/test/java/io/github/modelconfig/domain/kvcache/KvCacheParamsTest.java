package io.github.modelconfig.domain.kvcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.DType;
import org.junit.jupiter.api.Test;

/** Reference §5.4 and acceptance cases 48–50, with the arithmetic written out. */
class KvCacheParamsTest {

  @Test
  void givenLlama8bShapeOnOneGpu_bytesPerBlock_is16MiB() {
    // case 48: 2 (K,V) x 32 layers x 128 tokens x 8 heads x 128 dim x 2 bytes = 16,777,216
    KvCacheParams p = KvCacheParams.of(32, 8, 128, false, DType.BFLOAT16, 128, 1, 1).get();

    assertThat(p.bytesPerBlock()).isEqualTo(16_777_216L);
    assertThat(p.bytesPerToken()).isEqualTo(131_072L);
  }

  @Test
  void givenTwoGpusInTensorParallel_bytesPerBlock_isTheSameTotal() {
    // case 48: 4 heads per device x TP 2 = the same 16 MiB per block across the group
    KvCacheParams p = KvCacheParams.of(32, 8, 128, false, DType.BFLOAT16, 128, 2, 1).get();

    assertThat(p.headsPerDevice()).isEqualTo(4);
    assertThat(p.bytesPerBlock()).isEqualTo(16_777_216L);
  }

  @Test
  void givenEightKvHeadsOnThreeDevices_of_failsNamingBoth() {
    // case 49
    var error = KvCacheParams.of(32, 8, 128, false, DType.BFLOAT16, 128, 3, 1).getError();

    assertThat(error.message()).contains("(8)", "number of devices (3)");
  }

  @Test
  void givenDataParallelAndTensorParallelMixed_of_refusesBoth() {
    // case 50: dp 2 on 4 devices is DP+TP; dp 4 on 2 devices exceeds the devices
    assertThat(KvCacheParams.of(32, 8, 128, false, DType.BFLOAT16, 128, 4, 2).getError().message())
        .contains("DP + TP");
    assertThat(KvCacheParams.of(32, 8, 128, false, DType.BFLOAT16, 128, 2, 4).getError().message())
        .contains("cannot be greater than the number of devices (2)");
  }

  @Test
  void givenDataParallelOnEveryDevice_of_keepsAllHeadsPerReplica() {
    KvCacheParams p = KvCacheParams.of(32, 8, 128, false, DType.BFLOAT16, 128, 2, 2).get();

    assertThat(p.headsPerDevice()).isEqualTo(8);
    assertThat(p.tensorParallelDegree()).isEqualTo(1);
    assertThat(p.bytesPerBlock()).isEqualTo(16_777_216L);
  }

  @Test
  void givenDeepSeekV3MlaOnEightGpus_bytesPerBlock_replicatesTheLatentPerDevice() {
    // MLA: kv_dim 1, one latent head of 512 + 64 = 576; per token on 1 device 61 x 576 x 2 = 70,272
    assertThat(KvCacheParams.of(61, 1, 576, true, DType.BFLOAT16, 128, 1, 1).get().bytesPerToken())
        .isEqualTo(70_272L);
    // TP 8: 1 x 61 x 128 x 1 x 576 x 2 x 8 = 71,958,528 per block (MAX replicates the latent)
    assertThat(KvCacheParams.of(61, 1, 576, true, DType.BFLOAT16, 128, 8, 1).get().bytesPerBlock())
        .isEqualTo(71_958_528L);
  }
}
