package io.github.modelconfig.domain.plan.solve;

import io.github.modelconfig.domain.plan.Layout;
import io.github.modelconfig.domain.plan.RuntimeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: the layouts the solver considers on {@code gpus} GPUs: every {@code tp x pp} replica of at
 * most {@code gpus} GPUs, replicated {@code dp = gpus / (tp * pp)} times (replicas that leave GPUs
 * idle are never better than one more replica), restricted to the degrees the operator fixed and to
 * what the runtime has: llama.cpp splits layers, not tensors ({@code tp = 1}); MAX has no pipeline
 * parallelism ({@code pp = 1}). {@code maxTp} caps tensor parallelism (one node's GPUs when the
 * solver imagines a bigger target). Ordered by GPUs per replica, then tp descending.
 */
final class LayoutCandidates {

  private LayoutCandidates() {}

  static List<Layout> of(SolveRequest r, int gpus, int maxTp) {
    RuntimeKind kind = r.profile().kind();
    List<Layout> layouts = new ArrayList<>();
    for (int g = 1; g <= gpus; g++) {
      for (int t = Math.min(g, maxTp); t >= 1; t--) {
        if (g % t != 0) {
          continue;
        }
        int tp = t;
        int pp = g / tp;
        if ((kind == RuntimeKind.LLAMA_CPP && tp > 1) || (kind == RuntimeKind.MAX && pp > 1)) {
          continue;
        }
        int dp = r.dataParallel().getOrElse(gpus / g);
        if (dp < 1 || dp * g > gpus) {
          continue;
        }
        if (r.tensorParallel().exists(x -> x != tp) || r.pipelineParallel().exists(p -> p != pp)) {
          continue;
        }
        layouts.add(new Layout(tp, pp, dp));
      }
    }
    return layouts;
  }
}
