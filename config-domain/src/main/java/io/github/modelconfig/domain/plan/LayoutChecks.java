package io.github.modelconfig.domain.plan;

import io.vavr.control.Option;

/**
 * Rule: whether a runtime accepts a layout for a model, as it checks at start-up: attention heads
 * divisible by tp ({@code verify_with_parallel_config}, vllm/config/model.py); KV heads divisible
 * by tp, or tp by KV heads when it exceeds them (QKVParallelLinear); the 64-padded vocabulary and
 * the MLP width divisible by tp ({@code divide()} in VocabParallelEmbedding and
 * MergedColumnParallelLinear: "151936 is not divisible by 5"); at least one layer per stage.
 * llama.cpp has no tensor parallelism of this kind (its GPUs split layers). The first failure,
 * worded as the runtime words it, or none.
 */
final class LayoutChecks {

  private LayoutChecks() {}

  static Option<String> problem(PlanModel m, Layout l, RuntimeKind runtime, int gpus) {
    ModelShape s = m.shape();
    int tp = l.tensorParallel();
    if (runtime == RuntimeKind.MAX && m.resolved().isDefined()) {
      return Option.none(); // resolve's own checks, in MaxAccounting
    }
    if (gpus < l.gpusPerReplica()) {
      return Option.of(
          "the layout needs " + l.gpusPerReplica() + " GPUs per replica, " + gpus + " given");
    }
    if (l.pipelineParallel() > s.numLayers()) {
      return Option.of(
          "pipeline parallel "
              + l.pipelineParallel()
              + " exceeds the "
              + s.numLayers()
              + " layers");
    }
    if (runtime == RuntimeKind.LLAMA_CPP) {
      return tp > 1
          ? Option.of("llama.cpp has no tensor parallelism; use pipeline parallel (layer split)")
          : Option.none();
    }
    if (s.numHeads() % tp != 0) {
      return Option.of(
          "Total number of attention heads ("
              + s.numHeads()
              + ") must be divisible by tensor parallel size ("
              + tp
              + ")");
    }
    long kv = s.numKvHeads();
    if (s.mla().isEmpty() && (kv >= tp ? kv % tp != 0 : tp % kv != 0)) {
      return Option.of(
          "number of KV heads (" + kv + ") and tensor parallel size (" + tp + ") must divide");
    }
    long vocab =
        runtime == RuntimeKind.MAX ? s.vocabSize() : TensorSharding.padVocab(s.vocabSize());
    if (runtime != RuntimeKind.MAX && vocab % tp != 0) {
      return Option.of(vocab + " is not divisible by " + tp + " (padded vocabulary)");
    }
    long mlp = s.numExperts() > 0 ? s.moeIntermediateSize() : s.intermediateSize();
    if (runtime != RuntimeKind.MAX && mlp > 0 && mlp % tp != 0) {
      return Option.of(mlp + " is not divisible by " + tp + " (MLP intermediate size)");
    }
    return Option.none();
  }
}
