package io.github.modelconfig.domain.kvcache;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/** Rule: MAX's {@code KVCacheParams} validation (reference §5.4), every problem reported. */
final class KvCacheChecks {

  private KvCacheChecks() {}

  static List<ConfigError> all(
      KvCacheShape shape, int n, int dp, Option<KvCacheQuantization> scales, KvCacheConfig config) {
    List<ConfigError> errors = new ArrayList<>();
    if (dp > 1 && dp > n) {
      errors.add(
          new ConfigError(
              ErrorCode.DATA_PARALLEL_EXCEEDS_DEVICES,
              "data_parallel_degree",
              "Data parallelism degree ("
                  + dp
                  + ") cannot be greater than the number of devices ("
                  + n
                  + ").",
              "Use --data-parallel-degree "
                  + n
                  + " or fewer, or add devices (--devices, --target NAME:"
                  + dp
                  + ")."));
    } else if (dp > 1 && dp < n) {
      errors.add(
          new ConfigError(
              ErrorCode.DATA_PARALLEL_WITH_TENSOR_PARALLEL,
              "data_parallel_degree",
              "We do not yet support DP + TP at the same time: data_parallel_degree "
                  + dp
                  + " on "
                  + n
                  + " devices.",
              "Use --data-parallel-degree "
                  + n
                  + " (one replica per device) or 1 (tensor parallel over all "
                  + n
                  + ")."));
    } else if (dp <= 1 && !shape.mla() && shape.numKvHeads() % n != 0) {
      long heads = shape.numKvHeads();
      errors.add(
          new ConfigError(
              ErrorCode.KV_HEADS_NOT_DIVISIBLE,
              "devices",
              "Number of KV heads ("
                  + heads
                  + ") must be divisible by the number of devices ("
                  + n
                  + ").",
              "Use a device count that divides "
                  + heads
                  + ", e.g. "
                  + divisorBelow(heads, n)
                  + "."));
    }
    errors.addAll(features(config));
    for (KvCacheQuantization q : scales) {
      if (shape.headDim() % q.granularity() != 0) {
        errors.add(
            new ConfigError(
                ErrorCode.KV_QUANTIZATION_GRANULARITY,
                "kv_cache.kv_cache_format",
                "KVCache quantization granularity ("
                    + q.granularity()
                    + ") must evenly divide KV head dimension ("
                    + shape.headDim()
                    + ").",
                "Use --kv-cache-format bfloat16."));
      }
    }
    return errors;
  }

  static List<ConfigError> features(KvCacheConfig config) {
    List<ConfigError> errors = new ArrayList<>();
    boolean paged = config.cacheStrategy() == KvCacheStrategy.PAGED;
    if (config.enablePrefixCaching() && !paged) {
      errors.add(
          feature(
              "kv_cache.enable_prefix_caching",
              "Prefix caching is only supported for paged cache strategy."));
    }
    if (config.enableKvcacheSwappingToHost()) {
      if (!paged) {
        errors.add(
            feature(
                "kv_cache.enable_kvcache_swapping_to_host",
                "KVCache swapping to host is only supported for paged cache strategy."));
      }
      if (!config.enablePrefixCaching()) {
        errors.add(
            feature(
                "kv_cache.enable_kvcache_swapping_to_host",
                "KVCache swapping to host is only supported when prefix caching is enabled."));
      }
      if (config.hostKvcacheSwapSpaceGb() <= 0) {
        errors.add(
            feature(
                "kv_cache.host_kvcache_swap_space_gb",
                "host_kvcache_swap_space_gb must be set when KVCache swapping to host is enabled."));
      }
    }
    return errors;
  }

  private static ConfigError feature(String field, String message) {
    return new ConfigError(
        ErrorCode.KV_CACHE_FEATURE_CONFLICT,
        field,
        message,
        "Use --cache-strategy paged with --enable-prefix-caching, or turn the feature off.");
  }

  private static long divisorBelow(long heads, int n) {
    for (long d = n; d > 1; d--) {
      if (heads % d == 0) {
        return d;
      }
    }
    return 1;
  }
}
