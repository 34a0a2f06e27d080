package io.github.modelconfig.domain.kvcache;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.model.ModelFacts;
import io.vavr.Tuple;
import io.vavr.Tuple3;
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
    long kvDim = facts.mla().isDefined() ? 1 : 2;
    return shape(facts).map(s -> kvDim * s._1 * s._2 * s._3 * cacheDtype.sizeInBytes());
  }

  /** The cache params of a model on {@code numDevices} devices; none when the shape is unknown. */
  public static Option<Validation<Seq<ConfigError>, KvCacheParams>> params(
      ModelFacts facts, ResolvedKvCache kv, int numDevices, int dataParallelDegree) {
    return shape(facts)
        .map(
            s ->
                KvCacheParams.of(
                    kv.cacheDtype(),
                    s._2,
                    s._3,
                    s._1,
                    numDevices,
                    facts.mla().isDefined(),
                    dataParallelDegree,
                    facts.quantizationConfig().isDefined(),
                    kv.config()));
  }

  /** Layers, KV heads and head width stored per token, when all three are known. */
  private static Option<Tuple3<Long, Long, Long>> shape(ModelFacts facts) {
    return facts
        .numHiddenLayers()
        .flatMap(
            layers ->
                facts
                    .kvHeadsForCache()
                    .flatMap(
                        heads ->
                            facts.kvHeadDimForCache().map(dim -> Tuple.of(layers, heads, dim))));
  }
}
