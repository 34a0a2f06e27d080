package io.github.modelconfig.domain.plan;

/**
 * Rule: which decoder layers a pipeline stage holds. vLLM's {@code get_pp_indices}
 * (vllm/distributed/utils.py, v0.11.0): {@code layers / pp} each, the remainder given one layer
 * each to the stages before the last, from the second-to-last backwards (the last stage also holds
 * the output head). SGLang's {@code get_pp_indices} is the same function.
 */
public final class PipelineStages {

  private PipelineStages() {}

  /** First layer of {@code stage} of {@code pp} over {@code layers} layers. */
  public static int start(int layers, int pp, int stage) {
    int start = 0;
    for (int s = 0; s < stage; s++) {
      start += size(layers, pp, s);
    }
    return start;
  }

  /** Layers held by {@code stage}. */
  public static int size(int layers, int pp, int stage) {
    int base = layers / pp;
    int remaining = layers % pp;
    // partitions[-i] += 1 for i in 2..remaining+1: stages pp-2, pp-3, ..., pp-1-remaining.
    boolean extra = remaining > 0 && stage <= pp - 2 && stage >= pp - 1 - remaining;
    return base + (extra ? 1 : 0);
  }
}
