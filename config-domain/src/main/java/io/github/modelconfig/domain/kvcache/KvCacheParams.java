package io.github.modelconfig.domain.kvcache;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * Value: MAX's {@code KVCacheParams} (reference §5.4): the cache shape per device under tensor or
 * data parallelism, and the bytes of one page ({@code [kv_dim, layers, page, heads/device,
 * head_dim] x dtype x TP}, plus float32 scales per 128 elements for an FP8 cache of a quantized
 * model).
 */
public record KvCacheParams(
    DType dtype,
    long numKvHeads,
    long headDim,
    long numLayers,
    int numDevices,
    int pageSize,
    boolean mla,
    int dataParallelDegree,
    boolean fp8Scales) {

  /** Elements per FP8 scale. */
  public static final long FP8_GRANULARITY = 128;

  /** Float32 scale bytes. */
  private static final long SCALE_BYTES = 4;

  /** Checks the parallel split and the cache features, reporting every problem. */
  public static Validation<Seq<ConfigError>, KvCacheParams> of(
      DType dtype,
      long numKvHeads,
      long headDim,
      long numLayers,
      int numDevices,
      boolean mla,
      int dataParallelDegree,
      boolean quantized,
      KvCacheConfig config) {
    List<ConfigError> errors = new ArrayList<>();
    int n = Math.max(1, numDevices);
    int dp = dataParallelDegree;
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
    } else if (dp <= 1 && !mla && numKvHeads % n != 0) {
      errors.add(
          new ConfigError(
              ErrorCode.KV_HEADS_NOT_DIVISIBLE,
              "devices",
              "Number of KV heads ("
                  + numKvHeads
                  + ") must be divisible by the number of devices ("
                  + n
                  + ").",
              "Use a device count that divides "
                  + numKvHeads
                  + ", e.g. "
                  + divisorBelow(numKvHeads, n)
                  + "."));
    }
    errors.addAll(featureErrors(config));
    boolean scales = quantized && dtype == DType.FLOAT8_E4M3FN;
    long effectiveHeadDim = headDim;
    if (scales && headDim % FP8_GRANULARITY != 0) {
      errors.add(
          new ConfigError(
              ErrorCode.KV_QUANTIZATION_GRANULARITY,
              "kv_cache.kv_cache_format",
              "KVCache quantization granularity ("
                  + FP8_GRANULARITY
                  + ") must evenly divide KV head dimension ("
                  + effectiveHeadDim
                  + ").",
              "Use --kv-cache-format bfloat16."));
    }
    if (!errors.isEmpty()) {
      return Validation.invalid(Vector.ofAll(errors));
    }
    return Validation.valid(
        new KvCacheParams(
            dtype,
            numKvHeads,
            headDim,
            numLayers,
            n,
            config.kvCachePageSize(),
            mla,
            Math.max(1, dp),
            scales));
  }

  /**
   * The KV-cache feature checks (reference §5.4): prefix caching and swapping need the paged
   * strategy, swapping needs prefix caching and swap space. They hold whatever the model's shape.
   */
  public static List<ConfigError> featureErrors(KvCacheConfig config) {
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

  /** KV heads each device stores: all of them per DP replica, 1 latent for MLA, else heads / TP. */
  public long headsPerDevice() {
    if (dataParallelDegree > 1) {
      return numKvHeads;
    }
    return mla ? 1 : Math.max(numKvHeads / numDevices, 1);
  }

  public int tensorParallelDegree() {
    return numDevices / dataParallelDegree;
  }

  public long kvDim() {
    return mla ? 1 : 2;
  }

  /** Bytes of one page across the tensor-parallel devices of one replica. */
  public long bytesPerBlock() {
    long elements = kvDim() * numLayers * pageSize * headsPerDevice() * headDim;
    long bytes = elements * dtype.sizeInBytes() * tensorParallelDegree();
    if (fp8Scales) {
      long scaleElements =
          kvDim() * numLayers * pageSize * headsPerDevice() * (headDim / FP8_GRANULARITY);
      bytes += scaleElements * SCALE_BYTES * tensorParallelDegree();
    }
    return bytes;
  }

  public long bytesPerToken() {
    return bytesPerBlock() / pageSize;
  }
}
