package io.github.modelconfig.domain.plan.solve;

import io.github.modelconfig.domain.plan.Layout;
import io.github.modelconfig.domain.plan.PlanDevice;
import io.github.modelconfig.domain.plan.RuntimeKind;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: what would fit when nothing on the target meets the request: the longest shorter context
 * any layout serves here, and the fewest GPUs of the same kind that serve the requested context
 * (doubling the target up to {@link #MAX_GPUS}, tensor parallelism at most {@link #NODE} as within
 * one node, pipeline stages across nodes), e.g. "would fit on 16 x H100 as tp8 x pp2".
 */
final class WouldFit {

  static final int MAX_GPUS = 128;
  static final int NODE = 8;

  private WouldFit() {}

  static String advice(SolveRequest r, ContextBounds bounds, List<Candidate> judged) {
    List<String> parts = new ArrayList<>(2);
    if (bounds.floor() > bounds.step()) {
      shorter(r, bounds, judged).forEach(parts::add);
    }
    bigger(r, bounds).forEach(parts::add);
    if (parts.isEmpty()) {
      String limit =
          r.profile().kind() == RuntimeKind.MAX
              ? "no replica of up to " + NODE + " of its GPUs (MAX has no pipeline parallelism)"
              : "no replica of up to " + MAX_GPUS + " of its GPUs";
      return limit
          + " holds it at "
          + bounds.floor()
          + " tokens: use a smaller encoding or KV dtype";
    }
    return String.join("; ", parts);
  }

  private static Option<String> shorter(
      SolveRequest r, ContextBounds bounds, List<Candidate> judged) {
    ContextBounds any = new ContextBounds(bounds.step(), bounds.floor(), bounds.step());
    Evaluator e = new Evaluator(r, r.gpus());
    Candidate best = null;
    for (Candidate c : judged) {
      if (c.accounting().devices().isEmpty()) {
        continue;
      }
      Candidate shorter = ContextFit.longest(e, c.layout(), any);
      if (shorter.meets()
          && (best == null
              || shorter.maxLength() > best.maxLength()
              || (shorter.maxLength() == best.maxLength()
                  && Ranking.BEST_FIRST.compare(shorter, best) < 0))) {
        best = shorter;
      }
    }
    return Option.of(best)
        .map(
            c ->
                "fits at a context of "
                    + c.maxLength()
                    + " tokens as "
                    + Describe.layout(c.layout())
                    + " (--min-context "
                    + c.maxLength()
                    + ")");
  }

  private static Option<String> bigger(SolveRequest r, ContextBounds bounds) {
    int n = r.gpus().size();
    PlanDevice model = r.gpus().get(0);
    SolveRequest free = r.withLayout(Option.none(), Option.none(), Option.none());
    ContextBounds floor = new ContextBounds(bounds.floor(), bounds.floor(), bounds.step());
    for (int m = n * 2; m <= MAX_GPUS; m *= 2) {
      List<PlanDevice> gpus = new ArrayList<>(m);
      for (int i = 0; i < m; i++) {
        gpus.add(new PlanDevice(i, model.name(), model.visibleBytes(), model.source()));
      }
      Evaluator e = new Evaluator(free, gpus);
      List<Candidate> judged = new ArrayList<>();
      for (Layout l : LayoutCandidates.of(free, m, Math.min(m, NODE))) {
        if (l.gpusPerReplica() > n) {
          judged.add(
              ContextFit.longest(
                  e, new Layout(l.tensorParallel(), l.pipelineParallel(), 1), floor));
        }
      }
      Option<Candidate> fit = LayoutSolver.best(judged);
      if (fit.isDefined()) {
        Candidate c = fit.get();
        return Option.of(
            "would fit on "
                + c.layout().gpusPerReplica()
                + " x "
                + model.name()
                + " as "
                + Describe.layout(c.layout())
                + " at "
                + bounds.floor()
                + " tokens");
      }
    }
    return Option.none();
  }
}
