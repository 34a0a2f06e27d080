package io.github.modelconfig.domain.plan;

/**
 * Rule: MAX's budget as {@code resolve} applies it (domain.memory.MemoryPlanner): {@code free *
 * device_memory_utilization} (0.9), 128-token pages, no activation beyond the architecture's
 * estimate.
 */
final class MaxRules {

  private MaxRules() {}

  static GpuRule rule(PlanModel m, RuntimeProfile p, Layout l, PlanSettings s) {
    return new GpuRule(
        s.memoryUtilization().getOrElse(p.memoryUtilization()),
        p.blockSize(),
        0,
        0,
        true,
        s.kvCacheDtype(),
        RuleInputs.computeBytes(m, s),
        RuleInputs.weightFactor(m, s),
        0,
        true);
  }
}
