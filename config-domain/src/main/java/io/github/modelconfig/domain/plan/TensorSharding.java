package io.github.modelconfig.domain.plan;

/**
 * Rule: the weight bytes one tensor-parallel rank of a pipeline stage holds, as vLLM and SGLang
 * shard: column/row-parallel layers and routed experts split evenly over {@code tp}; K/V
 * projections split by KV head, each rank keeping {@code max(1, kv_heads / tp)} heads (replicated
 * when tp exceeds the KV heads; vllm/model_executor/layers/linear.py QKVParallelLinear); norms and
 * routers replicated; the embedding and output head vocabulary-parallel with the vocabulary padded
 * to a multiple of 64 ({@code DEFAULT_VOCAB_PADDING_SIZE}, vocab_parallel_embedding.py), the
 * embedding and a multimodal tower on the first stage, the head and final norm on the last (a tied
 * head is a second copy of the embedding when the stages differ).
 */
final class TensorSharding {

  static final int VOCAB_PADDING = 64;

  private TensorSharding() {}

  static long stageRankBytes(PlanModel m, int tp, int pp, int stage, double dtypeFactor) {
    ModelShape s = m.shape();
    WeightInventory w = m.weights();
    int from = PipelineStages.start(s.numLayers(), pp, stage);
    int to = from + PipelineStages.size(s.numLayers(), pp, stage);
    long kvHeadsPerRank = Math.max(1, s.numKvHeads() / tp);
    double bytes =
        (double) w.bytes(WeightClass.SHARDED, from, to) / tp
            + (double) w.bytes(WeightClass.EXPERTS, from, to) / tp
            + (double) w.bytes(WeightClass.KV_PROJECTION, from, to)
                * kvHeadsPerRank
                / s.numKvHeads()
            + w.bytes(WeightClass.REPLICATED, from, to);
    double vocabShare = vocabShare(s.vocabSize(), tp);
    boolean first = stage == 0;
    boolean last = stage == pp - 1;
    if (first) {
      bytes += w.bytes(WeightClass.EMBEDDING, 0, 0) * vocabShare;
      bytes += (double) w.bytes(WeightClass.TOWER, 0, 0) / tp;
    }
    if (last) {
      long head = w.bytes(WeightClass.LM_HEAD, 0, 0);
      if (head == 0 && s.tiedEmbeddings() && !first) {
        head = w.bytes(WeightClass.EMBEDDING, 0, 0);
      }
      bytes += head * vocabShare + w.outsideLayersReplicated();
    }
    return (long) (bytes * dtypeFactor);
  }

  /** Rows of the padded vocabulary one rank holds, over the real vocabulary. */
  static double vocabShare(long vocab, int tp) {
    long padded = padVocab(vocab);
    return (double) ceilDiv(padded, tp) / vocab;
  }

  static long padVocab(long vocab) {
    return ceilDiv(vocab, VOCAB_PADDING) * VOCAB_PADDING;
  }

  static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
