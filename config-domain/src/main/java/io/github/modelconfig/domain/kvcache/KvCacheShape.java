package io.github.modelconfig.domain.kvcache;

/**
 * Value: what a model stores in its KV cache per token and layer: {@code numKvHeads} heads of
 * {@code headDim} elements in each of {@code numLayers} layers; MLA stores one latent head of
 * {@code kv_lora_rank + qk_rope_head_dim} instead of a K and a V.
 */
public record KvCacheShape(long numLayers, long numKvHeads, long headDim, boolean mla) {

  /** Multi-head, grouped-query or multi-query attention: a K and a V per KV head. */
  public static KvCacheShape of(long numLayers, long numKvHeads, long headDim) {
    return new KvCacheShape(numLayers, numKvHeads, headDim, false);
  }

  /** Multi-head latent attention: one latent head of {@code latentDim} elements. */
  public static KvCacheShape mla(long numLayers, long latentDim) {
    return new KvCacheShape(numLayers, 1, latentDim, true);
  }

  /** 2 for K and V, 1 for MLA's latent. */
  public long kvDim() {
    return mla ? 1 : 2;
  }
}
