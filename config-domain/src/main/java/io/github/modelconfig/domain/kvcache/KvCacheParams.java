package io.github.modelconfig.domain.kvcache;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;

/**
 * Value: MAX's {@code KVCacheParams} (reference §5.4): the cache shape per device under tensor or
 * data parallelism, and the bytes of one page ({@code [kv_dim, layers, page, heads/device,
 * head_dim] x dtype x TP}, plus, for an FP8 cache of an architecture that quantizes it, one scale
 * per {@link KvCacheQuantization#granularity()} elements). Built and checked with {@link #builder}.
 */
public record KvCacheParams(
    KvCacheShape shape,
    DType dtype,
    int numDevices,
    int dataParallelDegree,
    int pageSize,
    Option<KvCacheQuantization> quantization) {

  /** MAX's default elements per FP8 scale ({@link KvCacheQuantization#MAX_DEFAULT}). */
  public static final long FP8_GRANULARITY = KvCacheQuantization.MAX_DEFAULT.granularity();

  public KvCacheParams {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(dtype, "dtype");
    Objects.requireNonNull(quantization, "quantization");
  }

  /** Params with MAX's default FP8 scales ({@code fp8Scales}) or none. */
  public KvCacheParams(
      KvCacheShape shape,
      DType dtype,
      int numDevices,
      int dataParallelDegree,
      int pageSize,
      boolean fp8Scales) {
    this(
        shape,
        dtype,
        numDevices,
        dataParallelDegree,
        pageSize,
        fp8Scales ? Option.of(KvCacheQuantization.MAX_DEFAULT) : Option.none());
  }

  /** True when each page also holds FP8 scales. */
  public boolean fp8Scales() {
    return quantization.isDefined();
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
    for (KvCacheQuantization q : quantization) {
      bytes +=
          perHead
              * (shape.headDim() / q.granularity())
              * q.scaleDtype().sizeInBytes()
              * tensorParallelDegree();
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
    private Option<KvCacheQuantization> quantization = Option.none();

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

    /**
     * How the architecture quantizes an FP8 cache (its registry entry's {@code
     * kvCacheQuantization}); a cache in another dtype stores no scales whatever this says.
     */
    public Builder quantization(Option<KvCacheQuantization> quantization) {
      this.quantization = Objects.requireNonNull(quantization, "quantization");
      return this;
    }

    /**
     * MAX's default FP8 scales (float32 per 128 elements) when {@code quantizedModel}.
     *
     * @deprecated MAX quantizes an FP8 cache by architecture, not by the model's own quantization:
     *     use {@link #quantization} with the registry entry's {@code kvCacheQuantization()}.
     */
    @Deprecated
    public Builder quantizedModel(boolean quantizedModel) {
      return quantization(
          quantizedModel ? Option.of(KvCacheQuantization.MAX_DEFAULT) : Option.none());
    }

    /** Checks the parallel split and the cache features, reporting every problem. */
    public Validation<Seq<ConfigError>, KvCacheParams> build(KvCacheConfig config) {
      int n = Math.max(1, numDevices);
      Option<KvCacheQuantization> scales =
          dtype == DType.FLOAT8_E4M3FN ? quantization : Option.none();
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
