package io.github.modelconfig.domain.kvcache;

import io.github.modelconfig.domain.encoding.DType;
import java.util.Objects;

/**
 * Value: MAX's {@code KVCacheQuantizationConfig} ({@code max/nn/legacy/kv_cache/cache_params.py} at
 * the reference commit): an FP8 KV cache stores one scale of {@code scaleDtype} per {@code
 * granularity} elements of each head, and the head width must be a multiple of the granularity. The
 * class default is float32 scales per 128 elements; DeepSeek V3 and V3.2 use 32 ({@code
 * deepseekV3/model_config.py}), which divides their 576-wide latent.
 */
public record KvCacheQuantization(DType scaleDtype, long granularity) {

  /** MAX's class defaults: float32 scales, granularity 128. */
  public static final KvCacheQuantization MAX_DEFAULT = new KvCacheQuantization(DType.FLOAT32, 128);

  /** DeepSeek V3's: float32 scales, granularity 32. */
  public static final KvCacheQuantization DEEPSEEK_V3 = new KvCacheQuantization(DType.FLOAT32, 32);

  public KvCacheQuantization {
    Objects.requireNonNull(scaleDtype, "scaleDtype");
    if (granularity <= 0) {
      throw new IllegalArgumentException("granularity must be positive: " + granularity);
    }
  }
}
