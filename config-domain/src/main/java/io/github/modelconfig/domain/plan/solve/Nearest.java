package io.github.modelconfig.domain.plan.solve;

import io.github.modelconfig.domain.plan.Layout;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;

/**
 * Rule: the layout nearest to one the operator forced that meets the request: the fewest GPUs per
 * replica away from it (more before fewer), then the closest tensor parallelism, then the solver's
 * own ranking.
 */
final class Nearest {

  private Nearest() {}

  static Option<Candidate> of(Layout forced, List<Candidate> all) {
    if (forced == null) {
      return LayoutSolver.best(all);
    }
    Comparator<Candidate> near =
        Comparator.comparingInt(
                (Candidate c) ->
                    Math.abs(c.layout().tensorParallel() - forced.tensorParallel())
                        + Math.abs(c.layout().pipelineParallel() - forced.pipelineParallel())
                        + Math.abs(c.layout().dataParallel() - forced.dataParallel()))
            .thenComparing(Ranking.BEST_FIRST);
    return Option.ofOptional(all.stream().filter(Candidate::meets).min(near));
  }

  static String words(Candidate c) {
    return "the nearest layout that fits is "
        + Describe.layout(c.layout())
        + " at "
        + c.maxLength()
        + " tokens ("
        + Describe.requests(c)
        + ")";
  }
}
