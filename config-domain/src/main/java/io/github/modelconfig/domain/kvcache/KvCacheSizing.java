package io.github.modelconfig.domain.kvcache;

import io.github.modelconfig.domain.encoding.DType;

/**
 * Rule: KV cache bytes per token, {@code kv_dim * layers * kv_heads * head_dim * dtype_size}, where
 * kv_dim is 2 (K and V), or 1 with one latent head of {@code kv_lora_rank + qk_rope_head_dim} for
 * MLA.
 */
public final class KvCacheSizing {

  private KvCacheSizing() {}

  public static long bytesPerToken(
      long layers, long kvHeads, long headDim, boolean mla, DType cacheDtype) {
    long kvDim = mla ? 1 : 2;
    return kvDim * layers * kvHeads * headDim * cacheDtype.sizeInBytes();
  }
}
