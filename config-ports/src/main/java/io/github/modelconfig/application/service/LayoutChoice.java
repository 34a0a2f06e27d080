package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.PlanQuery;
import io.github.modelconfig.domain.plan.Accounting;
import io.github.modelconfig.domain.plan.Layout;
import io.github.modelconfig.domain.plan.PlanAccounting;
import io.github.modelconfig.domain.plan.PlanDevices;
import io.github.modelconfig.domain.plan.PlanModel;
import io.github.modelconfig.domain.plan.RuntimeKind;
import io.github.modelconfig.domain.plan.RuntimeProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule of the service: the layouts a plan accounts. The query's layout when given; otherwise, until
 * a solver chooses, every tensor-parallel degree that divides the GPUs on one replica (one pipeline
 * stage; llama.cpp splits layers over every GPU): the fitting one on the fewest GPUs is chosen,
 * else the one holding the most KV tokens.
 */
final class LayoutChoice {

  private LayoutChoice() {}

  static List<Accounting> candidates(
      PlanQuery q, PlanModel m, PlanDevices.Found found, RuntimeProfile p, long maxLength) {
    List<Accounting> all = new ArrayList<>();
    if (q.layout().isDefined()) {
      all.add(
          PlanAccounting.evaluate(m, p, q.layout().get(), maxLength, found.all(), q.settings()));
      return all;
    }
    int gpus = found.gpus().size();
    if (p.kind() == RuntimeKind.LLAMA_CPP) {
      all.add(
          PlanAccounting.evaluate(
              m, p, new Layout(1, gpus, 1), maxLength, found.all(), q.settings()));
      return all;
    }
    for (int tp = 1; tp <= gpus; tp *= 2) {
      all.add(
          PlanAccounting.evaluate(
              m, p, new Layout(tp, 1, 1), maxLength, found.all(), q.settings()));
    }
    return all;
  }

  static Accounting best(List<Accounting> considered) {
    return considered.stream()
        .max(
            Comparator.comparing(Accounting::fits)
                .thenComparing(a -> a.fits() ? -a.layout().gpus() : a.kvCacheTokens())
                .thenComparing(Accounting::kvCacheTokens))
        .orElseThrow();
  }
}
