package io.github.modelconfig.domain.plan.solve;

import java.util.Comparator;

/**
 * Rule: the solver's objective among layouts that meet the request (docs/adr/0038-plan-layout-
 * solver.md): everything on GPUs before llama.cpp offload; then the most data-parallel replicas
 * (the fewest GPUs per replica, as the target divides: independent replicas need no communication
 * between them); then the fewest pipeline stages (tensor parallelism inside a node rather than
 * stages that idle in turn); then the longest context; then the most concurrent requests over all
 * replicas (a replica that uses the GPUs a smaller one would leave idle holds more); then the
 * fewest GPUs per replica.
 */
final class Ranking {

  static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparing(Candidate::offloaded)
          .thenComparing(
              Comparator.comparingInt((Candidate c) -> c.layout().dataParallel()).reversed())
          .thenComparingInt(c -> c.layout().pipelineParallel())
          .thenComparing(Comparator.comparingLong(Candidate::maxLength).reversed())
          .thenComparing(Comparator.comparingDouble(Candidate::totalConcurrency).reversed())
          .thenComparingInt(c -> c.layout().gpusPerReplica());

  private Ranking() {}
}
