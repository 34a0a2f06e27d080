package io.github.modelconfig.domain.model;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Value: the shape of a multi-head latent attention model (reads {@code kv_lora_rank}, {@code
 * qk_rope_head_dim}, {@code qk_nope_head_dim}, {@code v_head_dim}): its KV cache holds one latent
 * head of {@code kv_lora_rank + qk_rope_head_dim} per layer, while each attention head works on
 * queries and keys of {@code qk_nope_head_dim + qk_rope_head_dim} and values of {@code v_head_dim}.
 */
public record MlaShape(
    long kvLoraRank, long qkRopeHeadDim, Option<Long> qkNopeHeadDim, Option<Long> vHeadDim) {

  public MlaShape {
    if (kvLoraRank <= 0 || qkRopeHeadDim < 0) {
      throw new IllegalArgumentException(
          "invalid MLA shape kv_lora_rank=" + kvLoraRank + " qk_rope_head_dim=" + qkRopeHeadDim);
    }
    Objects.requireNonNull(qkNopeHeadDim, "qkNopeHeadDim");
    Objects.requireNonNull(vHeadDim, "vHeadDim");
  }

  /** The latent shape only. */
  public MlaShape(long kvLoraRank, long qkRopeHeadDim) {
    this(kvLoraRank, qkRopeHeadDim, Option.none(), Option.none());
  }

  /** Elements of the one latent head cached per layer: {@code kv_lora_rank + qk_rope_head_dim}. */
  public long latentDim() {
    return kvLoraRank + qkRopeHeadDim;
  }

  /** Query/key width of an attention head: {@code qk_nope_head_dim + qk_rope_head_dim}. */
  public Option<Long> qkHeadDim() {
    return qkNopeHeadDim.map(n -> n + qkRopeHeadDim);
  }
}
