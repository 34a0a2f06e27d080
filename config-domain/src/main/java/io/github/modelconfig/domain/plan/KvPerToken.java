package io.github.modelconfig.domain.plan;

/**
 * Rule: KV-cache bytes one token costs on one tensor-parallel rank of a pipeline stage: per
 * attention layer {@code 2 * max(1, kv_heads / tp) * head_dim} elements (K and V, KV heads
 * replicated when tp exceeds them), or MLA's one latent head of {@code kv_lora_rank +
 * qk_rope_head_dim} elements kept whole on every rank; sliding-window layers counted like full ones
 * when the runtime allocates them full length ({@code slidingAsFull}), else not at all (their
 * window is accounted per request); linear/SSM layers keep no per-token entry.
 */
final class KvPerToken {

  private KvPerToken() {}

  static long bytes(
      PlanModel m, KvDtype dtype, int autoBytes, int tp, int pp, int stage, boolean slidingAsFull) {
    ModelShape s = m.shape();
    int from = PipelineStages.start(s.numLayers(), pp, stage);
    int to = from + PipelineStages.size(s.numLayers(), pp, stage);
    int layers = m.layers().count(LayerKind.FULL, from, to);
    if (slidingAsFull) {
      layers += m.layers().count(LayerKind.SLIDING, from, to);
    }
    return layers * dtype.bytes(elementsPerLayer(s, tp), autoBytes);
  }

  /** Elements one attention layer caches per token on one rank. */
  static long elementsPerLayer(ModelShape s, int tp) {
    if (s.mla().isDefined()) {
      return s.mla().get().latentDim();
    }
    return 2 * Math.max(1, s.numKvHeads() / tp) * s.headDim();
  }
}
