package io.github.modelconfig.domain.kvcache;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;

/**
 * Value: MAX's {@code KVCacheParams} (reference §5.4): the cache shape per device under tensor or
 * data parallelism, and the bytes of one page ({@code [kv_dim, layers, page, heads/device,
 * head_dim] x dtype x TP}, plus float32 scales per 128 elements for an FP8 cache of a quantized
 * model). Built and checked with {@link #builder}.
 */
public record KvCacheParams(
    KvCacheShape shape,
    DType dtype,
    int numDevices,
    int dataParallelDegree,
    int pageSize,
    boolean fp8Scales) {

  /** Elements per FP8 scale. */
  public static final long FP8_GRANULARITY = 128;

  /** Float32 scale bytes. */
  private static final long SCALE_BYTES = 4;

  public KvCacheParams {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(dtype, "dtype");
  }

  /** The params of a cache of {@code shape} in {@code dtype}; one device, no data parallelism. */
  public static Builder builder(KvCacheShape shape, DType dtype) {
    return new Builder(shape, dtype);
  }

  /**
   * The KV-cache feature checks (reference §5.4): prefix caching and swapping need the paged
   * strategy, swapping needs prefix caching and swap space. They hold whatever the model's shape.
   */
  public static List<ConfigError> featureErrors(KvCacheConfig config) {
    return KvCacheChecks.features(config);
  }

  /** KV heads each device stores: all of them per DP replica, 1 latent for MLA, else heads / TP. */
  public long headsPerDevice() {
    if (dataParallelDegree > 1) {
      return shape.numKvHeads();
    }
    return shape.mla() ? 1 : Math.max(shape.numKvHeads() / numDevices, 1);
  }

  public int tensorParallelDegree() {
    return numDevices / dataParallelDegree;
  }

  public long kvDim() {
    return shape.kvDim();
  }

  /** Bytes of one page across the tensor-parallel devices of one replica. */
  public long bytesPerBlock() {
    long perHead = kvDim() * shape.numLayers() * pageSize * headsPerDevice();
    long bytes = perHead * shape.headDim() * dtype.sizeInBytes() * tensorParallelDegree();
    if (fp8Scales) {
      bytes += perHead * (shape.headDim() / FP8_GRANULARITY) * SCALE_BYTES * tensorParallelDegree();
    }
    return bytes;
  }

  public long bytesPerToken() {
    return bytesPerBlock() / pageSize;
  }

  /** Builder: the placement and the model's quantization, checked against the cache settings. */
  public static final class Builder {
    private final KvCacheShape shape;
    private final DType dtype;
    private int numDevices = 1;
    private int dataParallelDegree = 1;
    private boolean quantizedModel;

    private Builder(KvCacheShape shape, DType dtype) {
      this.shape = Objects.requireNonNull(shape, "shape");
      this.dtype = Objects.requireNonNull(dtype, "dtype");
    }

    /** The devices of the placement (at least 1 is assumed). */
    public Builder devices(int numDevices) {
      this.numDevices = numDevices;
      return this;
    }

    public Builder dataParallelDegree(int dataParallelDegree) {
      this.dataParallelDegree = dataParallelDegree;
      return this;
    }

    /** A quantized model (config.json quantization_config) stores FP8 caches with scales. */
    public Builder quantizedModel(boolean quantizedModel) {
      this.quantizedModel = quantizedModel;
      return this;
    }

    /** Checks the parallel split and the cache features, reporting every problem. */
    public Validation<Seq<ConfigError>, KvCacheParams> build(KvCacheConfig config) {
      int n = Math.max(1, numDevices);
      boolean scales = quantizedModel && dtype == DType.FLOAT8_E4M3FN;
      List<ConfigError> errors = KvCacheChecks.all(shape, n, dataParallelDegree, scales, config);
      if (!errors.isEmpty()) {
        return Validation.invalid(Vector.ofAll(errors));
      }
      return Validation.valid(
          new KvCacheParams(
              shape, dtype, n, Math.max(1, dataParallelDegree), config.kvCachePageSize(), scales));
    }
  }
}
