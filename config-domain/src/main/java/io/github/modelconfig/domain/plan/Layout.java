package io.github.modelconfig.domain.plan;

/**
 * Value: how a model is spread over GPUs: {@code tensorParallel} ranks share every layer, {@code
 * pipelineParallel} stages hold consecutive layers, {@code dataParallel} replicas each hold the
 * whole model. One replica uses {@code tensorParallel * pipelineParallel} GPUs.
 */
public record Layout(int tensorParallel, int pipelineParallel, int dataParallel) {

  /** One GPU, one replica. */
  public static final Layout SINGLE = new Layout(1, 1, 1);

  public Layout {
    if (tensorParallel < 1 || pipelineParallel < 1 || dataParallel < 1) {
      throw new IllegalArgumentException(
          "layout degrees must be >= 1, was tp="
              + tensorParallel
              + " pp="
              + pipelineParallel
              + " dp="
              + dataParallel);
    }
  }

  /** GPUs of one replica: {@code tp * pp}. */
  public int gpusPerReplica() {
    return tensorParallel * pipelineParallel;
  }

  /** GPUs of every replica: {@code tp * pp * dp}. */
  public int gpus() {
    return gpusPerReplica() * dataParallel;
  }

  @Override
  public String toString() {
    return "tp=" + tensorParallel + " pp=" + pipelineParallel + " dp=" + dataParallel;
  }
}
