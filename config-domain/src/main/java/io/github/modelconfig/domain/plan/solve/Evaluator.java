package io.github.modelconfig.domain.plan.solve;

import io.github.modelconfig.domain.plan.Accounting;
import io.github.modelconfig.domain.plan.Layout;
import io.github.modelconfig.domain.plan.LlamaCppOffload;
import io.github.modelconfig.domain.plan.OffloadAccounting;
import io.github.modelconfig.domain.plan.OffloadPlan;
import io.github.modelconfig.domain.plan.PipelineStages;
import io.github.modelconfig.domain.plan.PlanAccounting;
import io.github.modelconfig.domain.plan.PlanDevice;
import io.github.modelconfig.domain.plan.RuntimeKind;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rule: one layout at one context length, judged against the request: the runtime's accounting
 * ({@link PlanAccounting#evaluate}); for llama.cpp, when the layers do not fit the GPUs whole, its
 * offload plan ({@link LlamaCppOffload}) and, with {@code --concurrency C}, {@code ceil(C / dp)}
 * slots of that length per replica ({@code --parallel}); elsewhere the requests of that length all
 * replicas hold at once must reach {@code C}.
 */
final class Evaluator {

  private final SolveRequest r;
  private final List<PlanDevice> gpus;

  Evaluator(SolveRequest r, List<PlanDevice> gpus) {
    this.r = r;
    this.gpus = gpus;
  }

  Candidate at(Layout l, long length) {
    boolean llama = r.profile().kind() == RuntimeKind.LLAMA_CPP;
    long slots = llama ? slots(l) : 1;
    Accounting a =
        PlanAccounting.evaluate(r.model(), r.profile(), l, length * slots, gpus, r.settings());
    Option<OffloadPlan> offload = Option.none();
    if (llama && a.fits()) {
      offload = Option.of(whole(l));
    } else if (llama && !a.devices().isEmpty()) {
      OffloadAccounting o =
          LlamaCppOffload.plan(
              r.model(), r.profile(), l, length * slots, gpus, r.host(), r.settings());
      a = o.accounting();
      offload = Option.of(o.plan());
    }
    Option<String> why = a.why();
    if (why.isEmpty() && r.concurrency().isDefined() && !llama) {
      double total = (double) a.kvCacheTokens() / length * l.dataParallel();
      if (total + 1e-9 < r.concurrency().get()) {
        why =
            Option.of(
                String.format(
                    Locale.ROOT,
                    "holds %.2f requests of %d tokens at once, fewer than --concurrency %d",
                    total,
                    length,
                    r.concurrency().get()));
      }
    }
    return new Candidate(l, length, a, offload, why.isEmpty(), why);
  }

  /** Every layer and the output head on the GPUs, split as the accounting splits stages. */
  private OffloadPlan whole(Layout l) {
    int n = r.model().shape().numLayers();
    List<Integer> perGpu = new ArrayList<>(l.pipelineParallel());
    for (int s = 0; s < l.pipelineParallel(); s++) {
      perGpu.add(PipelineStages.size(n, l.pipelineParallel(), s));
    }
    return new OffloadPlan(n + 1, 0, perGpu, 0);
  }

  /** llama.cpp slots per replica: {@code ceil(concurrency / dp)}, 1 without --concurrency. */
  long slots(Layout l) {
    return r.concurrency().map(c -> (c + l.dataParallel() - 1L) / l.dataParallel()).getOrElse(1L);
  }
}
