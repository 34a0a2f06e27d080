package io.github.modelconfig.domain.plan.solve;

import io.github.modelconfig.domain.plan.Layout;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Use case core: chooses the layout and context of a plan (docs/adr/0038-plan-layout-solver.md).
 * Every candidate layout of the target ({@link LayoutCandidates}) gets the longest context it
 * serves within the bounds ({@link ContextFit}); those that meet the request are ranked ({@link
 * Ranking}) and the first is chosen; the rest become alternatives with why they lost. When none
 * meets it, a forced layout names the nearest that does and otherwise {@link WouldFit} says what
 * would. Pure: arithmetic over the precomputed model, a few hundred accountings at most.
 */
public final class LayoutSolver {

  private LayoutSolver() {}

  public static Solution solve(SolveRequest r) {
    ContextBounds bounds = ContextBounds.of(r);
    Evaluator e = new Evaluator(r, r.gpus());
    int n = r.gpus().size();
    List<Layout> layouts = LayoutCandidates.of(r, n, n);
    if (layouts.isEmpty() && r.layoutForced()) {
      layouts =
          List.of(
              new Layout(
                  r.tensorParallel().get(), r.pipelineParallel().get(), r.dataParallel().get()));
    }
    List<Candidate> judged = judge(e, layouts, bounds);
    Option<Candidate> best = best(judged);
    if (best.isDefined()) {
      return new Solution(best.get(), true, Alternatives.of(best.get(), judged), Option.none());
    }
    boolean restricted =
        r.tensorParallel().isDefined()
            || r.pipelineParallel().isDefined()
            || r.dataParallel().isDefined();
    Candidate chosen = judged.isEmpty() ? null : closestMiss(judged);
    if (restricted) {
      SolveRequest free = r.withLayout(Option.none(), Option.none(), Option.none());
      List<Candidate> all = judge(e, LayoutCandidates.of(free, n, n), bounds);
      Option<Candidate> nearest = Nearest.of(chosen == null ? null : chosen.layout(), all);
      if (chosen == null) {
        chosen = closestMiss(all);
      }
      List<Candidate> others = new ArrayList<>(all);
      Candidate c = chosen;
      others.removeIf(o -> o.layout().equals(c.layout()));
      others.add(0, chosen);
      String advice = nearest.map(Nearest::words).getOrElse(() -> WouldFit.advice(r, bounds, all));
      return new Solution(chosen, false, Alternatives.of(chosen, others), Option.of(advice));
    }
    return new Solution(
        chosen,
        false,
        Alternatives.of(chosen, judged),
        Option.of(WouldFit.advice(r, bounds, judged)));
  }

  static List<Candidate> judge(Evaluator e, List<Layout> layouts, ContextBounds bounds) {
    List<Candidate> judged = new ArrayList<>(layouts.size());
    for (Layout l : layouts) {
      judged.add(ContextFit.longest(e, l, bounds));
    }
    return judged;
  }

  static Option<Candidate> best(List<Candidate> judged) {
    return Option.ofOptional(judged.stream().filter(Candidate::meets).min(Ranking.BEST_FIRST));
  }

  /** Of layouts that miss, the one the runtime gets furthest with: most KV tokens, most GPUs. */
  static Candidate closestMiss(List<Candidate> judged) {
    return judged.stream()
        .max(
            Comparator.comparing((Candidate c) -> !c.accounting().devices().isEmpty())
                .thenComparingLong(Candidate::kvCacheTokens)
                .thenComparingInt(c -> c.layout().gpusPerReplica()))
        .orElseThrow();
  }
}
