package io.github.modelconfig.domain.memory;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.kvcache.KvCacheParams;
import io.github.modelconfig.domain.kvcache.KvCacheShape;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Reference §5.6, case 57: max_length lowered to what the KV cache holds. */
class MaxLengthClampTest {

  private static final long GIB = 1L << 30;

  /** Case 52: 10 GiB free, 8 GiB of weights, Llama-8B pages of 16 MiB: 8192 tokens fit. */
  private static final Option<MemoryPlan> FITS_8192 = Option.of(plan());

  private static MemoryPlan plan() {
    KvCacheParams kv =
        valid(
            KvCacheParams.builder(KvCacheShape.of(32, 8, 128), DType.BFLOAT16)
                .build(KvCacheConfig.defaults().withStrategy(KvCacheStrategy.PAGED)));
    return valid(
        MemoryPlanner.plan(
                new MemoryRequest(
                    aHost().withGpus(1).withGpuMemory(10 * GIB).withoutCpu().build(),
                    0.9,
                    8 * GIB,
                    0,
                    kv,
                    Option.none(),
                    131_072,
                    Option.none(),
                    MemoryRequest.DEFAULT_MAX_BATCH_INPUT_TOKENS))
            .validation());
  }

  @Test
  void givenAUserMaxLengthAboveWhatFits_clamp_lowersItWithAWarning() {
    Checked<Option<Long>> length = MaxLengthClamp.clamp(Option.of(100_000L), true, FITS_8192);

    assertThat(length.validation().get()).contains(8192L);
    assertThat(length.warnings())
        .containsExactly(
            new Warning(
                WarningCode.MAX_LENGTH_CLAMPED,
                "Clamping max_length from 100000 to 8192 due to capacity of KV Cache."));
  }

  @Test
  void givenTheModelsDefaultAboveWhatFits_clamp_truncatesItWithAWarning() {
    Checked<Option<Long>> length = MaxLengthClamp.clamp(Option.of(131_072L), false, FITS_8192);

    assertThat(length.validation().get()).contains(8192L);
    assertThat(length.warnings())
        .extracting(Warning::code)
        .containsExactly(WarningCode.MAX_LENGTH_TRUNCATED);
  }

  @Test
  void givenALengthThatFitsOrNoPlan_clamp_keepsItSilently() {
    assertThat(MaxLengthClamp.clamp(Option.of(8192L), true, FITS_8192))
        .isEqualTo(Checked.valid(Option.of(8192L)));
    assertThat(MaxLengthClamp.clamp(Option.of(100_000L), true, Option.none()))
        .isEqualTo(Checked.valid(Option.of(100_000L)));
  }
}
