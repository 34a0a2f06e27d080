package io.github.modelconfig.application.port.in;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Use-case value: what a plan must reach beyond the runtime's settings: the layout degrees the
 * operator fixed, each alone ({@code --tensor-parallel}, {@code --pipeline-parallel}, {@code
 * --data-parallel}; the planner chooses the others), the bounds of the context auto-fit ({@code
 * --min-context}, {@code --max-context}) and the requests of full length all replicas must hold at
 * once ({@code --concurrency}).
 */
public record PlanGoals(
    Option<Integer> tensorParallel,
    Option<Integer> pipelineParallel,
    Option<Integer> dataParallel,
    Option<Long> minContext,
    Option<Long> maxContext,
    Option<Integer> concurrency) {

  /** Nothing fixed: the planner chooses the layout and the longest context the model allows. */
  public static final PlanGoals NONE =
      new PlanGoals(
          Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none());

  public PlanGoals {
    for (Option<?> o :
        List.of(
            tensorParallel, pipelineParallel, dataParallel, minContext, maxContext, concurrency)) {
      Objects.requireNonNull(o, "goal");
    }
  }
}
