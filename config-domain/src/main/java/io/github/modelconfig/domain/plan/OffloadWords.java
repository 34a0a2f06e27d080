package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.memory.Bytes;

/** Rule: the sentences an offload plan is explained with. */
final class OffloadWords {

  private OffloadWords() {}

  static String short_(DeviceAccount a) {
    String where = a.id() == -1 ? "host memory" : "device " + a.id();
    return where
        + " lacks "
        + Bytes.human(-a.headroomBytes())
        + " for its layers, KV cache and compute buffer (budget "
        + Bytes.human(a.budgetBytes())
        + (a.id() == -1 ? ")" : " after llama.cpp's 1 GiB --fit-target margin)");
  }

  static String onHost(OffloadPlan plan, PlanModel m) {
    int n = m.shape().numLayers();
    StringBuilder s = new StringBuilder();
    if (plan.layersOnHost() > 0) {
      s.append(plan.layersOnHost()).append(" of ").append(n).append(" layers stay on the CPU");
    }
    if (plan.cpuMoeLayers() > 0) {
      s.append(s.length() == 0 ? "" : "; ")
          .append("the routed experts of the first ")
          .append(plan.cpuMoeLayers())
          .append(" layers stay on the CPU (--n-cpu-moe)");
    }
    if (plan.gpuLayers() <= n) {
      s.append(s.length() == 0 ? "" : "; ").append("the output head stays on the CPU");
    }
    return s.append(": generation runs at host memory speed for them.").toString();
  }
}
