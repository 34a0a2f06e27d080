package io.github.modelconfig.domain.plan;

/**
 * Value: what each decoder layer costs llama.cpp at one context: its weights (with {@code --dtype}
 * applied), its routed experts, its KV cache ({@code n_ctx} padded to 256 for full-attention
 * layers, {@code n_swa + n_ubatch} padded to 256 for sliding ones, as {@link LlamaCppRules}
 * counts), the output head with the final norm, the token embedding, and the per-device compute
 * buffer.
 */
final class LayerCosts {

  final long[] weights;
  final long[] experts;
  final long[] kv;
  final long headBytes;
  final long embeddingBytes;
  final long computeBytes;
  final long overheadBytes;
  final long context;
  final long perLayerToken;

  private LayerCosts(PlanModel m, RuntimeProfile p, long maxLength, PlanSettings s) {
    int n = m.shape().numLayers();
    WeightInventory w = m.weights();
    double factor = RuleInputs.weightFactor(m, s);
    context =
        TensorSharding.ceilDiv(maxLength, LlamaCppRules.CONTEXT_PAD) * LlamaCppRules.CONTEXT_PAD;
    long swaTokens =
        Math.min(
            context,
            TensorSharding.ceilDiv(
                    m.layers().slidingWindow() + LlamaCppRules.UBATCH, LlamaCppRules.CONTEXT_PAD)
                * LlamaCppRules.CONTEXT_PAD);
    perLayerToken = s.kvCacheDtype().bytes(m.shape().kvElementsPerLayer(), 2);
    weights = new long[n];
    experts = new long[n];
    kv = new long[n];
    for (int l = 0; l < n; l++) {
      long bytes = 0;
      for (WeightClass c :
          new WeightClass[] {
            WeightClass.SHARDED,
            WeightClass.KV_PROJECTION,
            WeightClass.EXPERTS,
            WeightClass.REPLICATED
          }) {
        bytes += w.bytes(c, l, l + 1);
      }
      weights[l] = (long) (bytes * factor);
      experts[l] = (long) (w.bytes(WeightClass.EXPERTS, l, l + 1) * factor);
      kv[l] =
          switch (m.layers().kind(l)) {
            case FULL -> context * perLayerToken;
            case SLIDING -> swaTokens * perLayerToken;
            case LINEAR -> m.layers().linearStateBytes();
          };
    }
    long head = w.bytes(WeightClass.LM_HEAD, 0, 0);
    if (head == 0 && m.shape().tiedEmbeddings()) {
      head = w.bytes(WeightClass.EMBEDDING, 0, 0);
    }
    headBytes = (long) ((head + w.outsideLayersReplicated()) * factor);
    embeddingBytes = (long) (w.bytes(WeightClass.EMBEDDING, 0, 0) * factor);
    computeBytes =
        p.calibration()
            .activationBytes(LlamaCppRules.UBATCH, LlamaCppRules.UBATCH, m.shape(), 1, 4);
    overheadBytes = p.calibration().overheadBytes(1);
  }

  static LayerCosts of(PlanModel m, RuntimeProfile p, long maxLength, PlanSettings s) {
    return new LayerCosts(m, p, maxLength, s);
  }

  boolean hasExperts() {
    for (long e : experts) {
      if (e > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * GPU bytes of each layer when the experts of the first {@code cpuMoe} layers stay on the CPU.
   */
  long[] gpuNeed(int cpuMoe) {
    long[] need = new long[weights.length];
    for (int l = 0; l < need.length; l++) {
      need[l] = weights[l] - (l < cpuMoe ? experts[l] : 0) + kv[l];
    }
    return need;
  }

  /** KV bytes of the layers GPU {@code g} holds, GPUs filled with the last layers last. */
  long kvOfGpuLayers(int[] perGpu, int g) {
    int end = weights.length;
    for (int i = perGpu.length - 1; i > g; i--) {
      end -= perGpu[i];
    }
    long sum = 0;
    for (int l = end - perGpu[g]; l < end; l++) {
      sum += kv[l];
    }
    return sum;
  }
}
