package io.github.modelconfig.domain.kvcache;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.RequestError;
import io.vavr.control.Validation;

/**
 * Rule: MAX's {@code KVCacheParams} (reference §5.4): KV heads per device under tensor parallelism
 * (or all of them per data-parallel replica, or one latent head for MLA) and the bytes of one page,
 * {@code kv_dim * layers * page_size * heads_per_device * head_dim * dtype_size * tp_degree}.
 */
public record KvCacheParams(
    long layers,
    long headsPerDevice,
    long headDim,
    boolean mla,
    DType dtype,
    int pageSize,
    int devices,
    int dataParallelDegree) {

  public static Validation<ConfigError, KvCacheParams> of(
      long layers,
      long kvHeads,
      long headDim,
      boolean mla,
      DType dtype,
      int pageSize,
      int devices,
      int dataParallelDegree) {
    int n = Math.max(1, devices);
    long perDevice;
    if (dataParallelDegree > 1) {
      if (dataParallelDegree > n) {
        return invalid(
            "data_parallel_degree",
            "Data parallelism degree ("
                + dataParallelDegree
                + ") cannot be greater than the number of devices ("
                + n
                + ").",
            "Use --data-parallel-degree " + n + " or fewer, or add devices.");
      }
      if (dataParallelDegree < n) {
        return invalid(
            "data_parallel_degree",
            "We do not yet support DP + TP at the same time: data_parallel_degree "
                + dataParallelDegree
                + " on "
                + n
                + " devices.",
            "Use --data-parallel-degree "
                + n
                + " (one replica per device) or 1 (tensor parallel).");
      }
      perDevice = mla ? 1 : kvHeads;
    } else if (mla) {
      perDevice = 1;
    } else if (kvHeads % n != 0) {
      return invalid(
          "devices",
          "Number of KV heads ("
              + kvHeads
              + ") must be divisible by the number of devices ("
              + n
              + ").",
          "Use a device count that divides "
              + kvHeads
              + ", e.g. --devices gpu:0 or a --target count.");
    } else {
      perDevice = Math.max(kvHeads / n, 1);
    }
    return Validation.valid(
        new KvCacheParams(
            layers, perDevice, headDim, mla, dtype, pageSize, n, Math.max(1, dataParallelDegree)));
  }

  public int tensorParallelDegree() {
    return devices / dataParallelDegree;
  }

  /** Bytes of one page (block) across the tensor-parallel group. */
  public long bytesPerBlock() {
    long kvDim = mla ? 1 : 2;
    return kvDim
        * layers
        * pageSize
        * headsPerDevice
        * headDim
        * dtype.sizeInBytes()
        * tensorParallelDegree();
  }

  /** Bytes per token of one request: a page's bytes over its tokens. */
  public long bytesPerToken() {
    return bytesPerBlock() / pageSize;
  }

  private static Validation<ConfigError, KvCacheParams> invalid(
      String field, String message, String hint) {
    return Validation.invalid(new RequestError("kv_cache_parallelism", field, message, hint));
  }
}
