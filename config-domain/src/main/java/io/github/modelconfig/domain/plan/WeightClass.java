package io.github.modelconfig.domain.plan;

/**
 * Value: how a runtime treats a tensor when it shards a model: split over tensor-parallel ranks
 * ({@code SHARDED}: q/o projections, dense MLP, shared experts), K/V projections (split by KV head,
 * replicated when tensor parallelism exceeds the KV heads), routed {@code EXPERTS}, {@code
 * REPLICATED} on every rank (norms, routers), the vocabulary-parallel {@code EMBEDDING} and {@code
 * LM_HEAD}, and a multimodal {@code TOWER} (vision/audio encoder and projector, on the first
 * stage).
 */
public enum WeightClass {
  SHARDED,
  KV_PROJECTION,
  EXPERTS,
  REPLICATED,
  EMBEDDING,
  LM_HEAD,
  TOWER
}
