package io.github.modelconfig.domain.plan;

/** Rule: the settings every runtime resolves the same way: weight dtype factor, KV element type. */
final class RuleInputs {

  private RuleInputs() {}

  /**
   * {@code --dtype} over the checkpoint's unquantized element size (float32 over bfloat16: 2); 1
   * when not given, {@code auto}, or the checkpoint is quantized.
   */
  static double weightFactor(PlanModel m, PlanSettings s) {
    int stored = m.weights().storedDtypeBytes();
    return s.dtype().isEmpty() || stored == 0
        ? 1.0
        : (double) s.dtype().get().sizeInBytes() / stored;
  }

  /** Element bytes of the compute dtype: {@code --dtype}, else the model's {@code torch_dtype}. */
  static int computeBytes(PlanModel m, PlanSettings s) {
    return s.dtype().map(d -> d.sizeInBytes()).getOrElse(m.shape().computeDtypeBytes());
  }
}
