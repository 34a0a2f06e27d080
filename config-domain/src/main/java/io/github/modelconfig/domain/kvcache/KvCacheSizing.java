package io.github.modelconfig.domain.kvcache;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.model.ModelFacts;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * Rule: KV cache bytes per token, {@code kv_dim * layers * kv_heads * head_dim * dtype_size}, where
 * kv_dim is 2 (K and V), or 1 with one latent head of {@code kv_lora_rank + qk_rope_head_dim} for
 * MLA.
 */
public final class KvCacheSizing {

  private KvCacheSizing() {}

  public static Option<Long> bytesPerToken(ModelFacts facts, DType cacheDtype) {
    return shape(facts)
        .map(
            s ->
                s.kvDim()
                    * s.numLayers()
                    * s.numKvHeads()
                    * s.headDim()
                    * cacheDtype.sizeInBytes());
  }

  /**
   * The cache params of a model on {@code numDevices} devices, an FP8 cache without scales; none
   * when the shape is unknown.
   */
  public static Option<Validation<Seq<ConfigError>, KvCacheParams>> params(
      ModelFacts facts, ResolvedKvCache kv, int numDevices, int dataParallelDegree) {
    return params(facts, kv, numDevices, dataParallelDegree, Option.none());
  }

  /**
   * The cache params of a model on {@code numDevices} devices, an FP8 cache quantized as the
   * architecture's {@code quantization} says; none when the shape is unknown.
   */
  public static Option<Validation<Seq<ConfigError>, KvCacheParams>> params(
      ModelFacts facts,
      ResolvedKvCache kv,
      int numDevices,
      int dataParallelDegree,
      Option<KvCacheQuantization> quantization) {
    return shape(facts)
        .map(
            s ->
                KvCacheParams.builder(s, kv.cacheDtype())
                    .devices(numDevices)
                    .dataParallelDegree(dataParallelDegree)
                    .quantization(quantization)
                    .build(kv.config()));
  }

  /** Layers, KV heads and head width stored per token, when all three are known. */
  public static Option<KvCacheShape> shape(ModelFacts facts) {
    return facts
        .numHiddenLayers()
        .flatMap(
            layers ->
                facts
                    .kvHeadsForCache()
                    .flatMap(
                        heads ->
                            facts
                                .kvHeadDimForCache()
                                .map(
                                    dim ->
                                        new KvCacheShape(
                                            layers, heads, dim, facts.mla().isDefined()))));
  }
}
