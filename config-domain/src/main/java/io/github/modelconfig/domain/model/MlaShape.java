package io.github.modelconfig.domain.model;

/**
 * Value: the latent KV shape of a multi-head latent attention model (reads {@code kv_lora_rank} and
 * {@code qk_rope_head_dim}); one latent head of {@code kvLoraRank + qkRopeHeadDim} per layer.
 */
public record MlaShape(long kvLoraRank, long qkRopeHeadDim) {

  public MlaShape {
    if (kvLoraRank <= 0 || qkRopeHeadDim < 0) {
      throw new IllegalArgumentException(
          "invalid MLA shape kv_lora_rank=" + kvLoraRank + " qk_rope_head_dim=" + qkRopeHeadDim);
    }
  }

  public long latentDim() {
    return kvLoraRank + qkRopeHeadDim;
  }
}
