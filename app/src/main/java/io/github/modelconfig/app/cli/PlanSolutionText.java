package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.plan.OffloadPlan;
import io.github.modelconfig.domain.plan.solve.Alternative;
import io.github.modelconfig.domain.plan.solve.Candidate;
import io.github.modelconfig.domain.plan.solve.Describe;
import io.github.modelconfig.domain.plan.solve.Solution;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.function.BinaryOperator;

/**
 * CLI: the solver's part of a plan as text, read at a glance: the verdict with the context and
 * requests the chosen layout gives, llama.cpp's offload, the command line, the two best
 * alternatives with why they lost, and the advice when nothing fits.
 */
final class PlanSolutionText {

  static final int SHOWN = 2;

  private PlanSolutionText() {}

  static void render(
      StringBuilder s, Solution solution, Option<String> command, BinaryOperator<String> paint) {
    Candidate c = solution.chosen();
    s.append(paint.apply(verdict(solution), solution.fits() ? "32" : "31")).append('\n');
    c.offload().filter(OffloadPlan::usesHost).forEach(o -> s.append(offload(o)).append('\n'));
    command.forEach(line -> s.append("command: ").append(line).append('\n'));
    solution.advice().forEach(a -> s.append("advice: ").append(a).append('\n'));
    int shown = 0;
    for (Alternative a : solution.alternatives()) {
      if (shown++ == SHOWN) {
        s.append("  (")
            .append(solution.alternatives().size() - SHOWN)
            .append(" more layouts considered: --json lists them)\n");
        break;
      }
      s.append("  instead of ")
          .append(Describe.layout(a.candidate().layout()))
          .append(": ")
          .append(a.why())
          .append('\n');
    }
  }

  static String verdict(Solution solution) {
    Candidate c = solution.chosen();
    if (!solution.fits()) {
      return "does not fit as " + Describe.layout(c.layout()) + ": " + c.why().get();
    }
    return String.format(
        Locale.ROOT,
        "fits as %s: context %,d tokens; KV cache holds %,d tokens per replica, %.2f requests at"
            + " full context%s",
        Describe.layout(c.layout()),
        c.maxLength(),
        c.kvCacheTokens(),
        c.concurrency(),
        c.layout().dataParallel() > 1
            ? String.format(
                Locale.ROOT,
                " (%.2f over %d replicas)",
                c.totalConcurrency(),
                c.layout().dataParallel())
            : "");
  }

  private static String offload(OffloadPlan o) {
    return "offload: --n-gpu-layers "
        + o.gpuLayers()
        + (o.cpuMoeLayers() > 0 ? ", --n-cpu-moe " + o.cpuMoeLayers() : "")
        + "; "
        + o.layersOnHost()
        + " layers in host memory";
  }
}
