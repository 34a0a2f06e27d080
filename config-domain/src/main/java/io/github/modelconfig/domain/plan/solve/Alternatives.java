package io.github.modelconfig.domain.plan.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Rule: the layouts not chosen, best first (those that meet the request in the solver's order, then
 * those that do not, largest replicas first), each with why it lost to the chosen one or why it
 * does not fit.
 */
final class Alternatives {

  private Alternatives() {}

  static List<Alternative> of(Candidate chosen, List<Candidate> judged) {
    List<Candidate> others = new ArrayList<>(judged);
    others.removeIf(c -> c.layout().equals(chosen.layout()));
    others.sort(
        Comparator.comparing((Candidate c) -> !c.meets())
            .thenComparing(
                (a, b) ->
                    a.meets()
                        ? Ranking.BEST_FIRST.compare(a, b)
                        : Integer.compare(
                            b.layout().gpusPerReplica(), a.layout().gpusPerReplica())));
    List<Alternative> alternatives = new ArrayList<>(others.size());
    for (Candidate c : others) {
      alternatives.add(new Alternative(c, why(chosen, c)));
    }
    return alternatives;
  }

  static String why(Candidate chosen, Candidate c) {
    if (!c.meets()) {
      return c.why().get();
    }
    if (!chosen.meets()) {
      return "fits (" + Describe.requests(c) + ")";
    }
    if (c.offloaded() && !chosen.offloaded()) {
      return "keeps layers or experts in host memory, where " + name(chosen) + " needs none";
    }
    int g = c.layout().gpusPerReplica();
    int chosenG = chosen.layout().gpusPerReplica();
    if (c.layout().dataParallel() < chosen.layout().dataParallel()) {
      return String.format(
          Locale.ROOT,
          "fits, but %d GPU%s per replica leave room for %d replica%s where %s runs %d:"
              + " fewer independent replicas, more communication per token",
          g,
          g == 1 ? "" : "s",
          c.layout().dataParallel(),
          c.layout().dataParallel() == 1 ? "" : "s",
          name(chosen),
          chosen.layout().dataParallel());
    }
    if (c.layout().pipelineParallel() > chosen.layout().pipelineParallel()) {
      return "fits with as many replicas, but "
          + c.layout().pipelineParallel()
          + " pipeline stages idle in turn where "
          + name(chosen)
          + " has "
          + chosen.layout().pipelineParallel();
    }
    if (c.maxLength() < chosen.maxLength()) {
      return "serves " + c.maxLength() + " tokens, fewer than " + chosen.maxLength();
    }
    if (c.totalConcurrency() < chosen.totalConcurrency()) {
      return String.format(
          Locale.ROOT,
          "holds %.2f requests at once over %d GPUs, fewer than %.2f over %d",
          c.totalConcurrency(),
          c.layout().gpus(),
          chosen.totalConcurrency(),
          chosen.layout().gpus());
    }
    return "fits as well, but uses "
        + g
        + " GPUs per replica where "
        + name(chosen)
        + " uses "
        + chosenG;
  }

  private static String name(Candidate c) {
    return Describe.layout(c.layout());
  }
}
