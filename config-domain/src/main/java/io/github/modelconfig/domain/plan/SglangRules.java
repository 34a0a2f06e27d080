package io.github.modelconfig.domain.plan;

/**
 * Rule: SGLang's memory accounting (python/sglang/srt/model_executor/model_runner.py {@code
 * profile_max_num_token}): the KV pool gets what is free after loading the weights less {@code
 * total * (1 - mem_fraction_static)}, i.e. {@code total * mem_fraction_static - weights -
 * non-torch}; one token costs its cell size over the rank's layers; pages of 1 token by default.
 * The activation reserve is the {@code 1 - mem_fraction_static} left outside the budget.
 */
final class SglangRules {

  private SglangRules() {}

  static GpuRule rule(PlanModel m, RuntimeProfile p, Layout l, PlanSettings s, PlanDevice gpu) {
    double fraction =
        s.memoryUtilization()
            .getOrElse(
                p.memoryUtilization() > 0
                    ? p.memoryUtilization()
                    : defaultMemFractionStatic(gpu.visibleBytes(), l.tensorParallel()));
    return new GpuRule(
        fraction,
        p.blockSize(),
        0,
        p.calibration().overheadBytes(l.tensorParallel()),
        true,
        s.kvCacheDtype(),
        RuleInputs.weightFactor(m, s));
  }

  /**
   * The default {@code mem_fraction_static} by tensor parallelism (server_args.py {@code
   * __post_init__}, v0.4.x): 0.79 at tp >= 16, 0.81 at >= 8, 0.85 at >= 4, 0.87 at >= 2, else 0.88.
   */
  static double defaultMemFractionStatic(long visibleBytes, int tp) {
    if (tp >= 16) {
      return 0.79;
    }
    if (tp >= 8) {
      return 0.81;
    }
    if (tp >= 4) {
      return 0.85;
    }
    return tp >= 2 ? 0.87 : 0.88;
  }
}
