package io.github.modelconfig.domain.plan.solve;

import io.github.modelconfig.domain.plan.PlanDevice;
import io.github.modelconfig.domain.plan.PlanModel;
import io.github.modelconfig.domain.plan.PlanSettings;
import io.github.modelconfig.domain.plan.RuntimeProfile;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Value: what the layout solver is asked: a model on a runtime, the target's GPUs (every replica
 * draws from them) and its host (empty when unknown), the operator's settings, the layout degrees
 * the operator fixed ({@code --tensor-parallel}, {@code --pipeline-parallel}, {@code
 * --data-parallel}; empty ones are chosen), an exact {@code --max-length} or the bounds of the
 * context auto-fit ({@code --min-context}, {@code --max-context}), and {@code --concurrency}: the
 * requests of that length all replicas together must hold at once.
 */
public record SolveRequest(
    PlanModel model,
    RuntimeProfile profile,
    List<PlanDevice> gpus,
    Option<PlanDevice> host,
    PlanSettings settings,
    Option<Integer> tensorParallel,
    Option<Integer> pipelineParallel,
    Option<Integer> dataParallel,
    Option<Long> maxLength,
    Option<Long> minContext,
    Option<Long> maxContext,
    Option<Integer> concurrency) {

  public SolveRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(profile, "profile");
    gpus = List.copyOf(gpus);
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(settings, "settings");
    for (Option<?> o :
        List.of(
            tensorParallel,
            pipelineParallel,
            dataParallel,
            maxLength,
            minContext,
            maxContext,
            concurrency)) {
      Objects.requireNonNull(o, "option");
    }
    if (gpus.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one GPU");
    }
    if (gpus.stream().anyMatch(PlanDevice::isHost)) {
      throw new IllegalArgumentException("the host goes in host, not in gpus");
    }
  }

  /** A request that lets the solver choose everything, on {@code gpus} without a known host. */
  public static SolveRequest choose(
      PlanModel model, RuntimeProfile profile, List<PlanDevice> gpus, PlanSettings settings) {
    return new SolveRequest(
        model,
        profile,
        gpus,
        Option.none(),
        settings,
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none());
  }

  /** This request with the context bounds and concurrency given. */
  public SolveRequest withContext(
      Option<Long> exact, Option<Long> min, Option<Long> max, Option<Integer> requests) {
    return new SolveRequest(
        model,
        profile,
        gpus,
        host,
        settings,
        tensorParallel,
        pipelineParallel,
        dataParallel,
        exact,
        min,
        max,
        requests);
  }

  /** This request with the layout degrees the operator fixed. */
  public SolveRequest withLayout(Option<Integer> tp, Option<Integer> pp, Option<Integer> dp) {
    return new SolveRequest(
        model,
        profile,
        gpus,
        host,
        settings,
        tp,
        pp,
        dp,
        maxLength,
        minContext,
        maxContext,
        concurrency);
  }

  /** This request with the host's memory known. */
  public SolveRequest withHost(Option<PlanDevice> h) {
    return new SolveRequest(
        model,
        profile,
        gpus,
        h,
        settings,
        tensorParallel,
        pipelineParallel,
        dataParallel,
        maxLength,
        minContext,
        maxContext,
        concurrency);
  }

  /** Whether the operator fixed every degree: the solver then evaluates exactly that layout. */
  public boolean layoutForced() {
    return tensorParallel.isDefined() && pipelineParallel.isDefined() && dataParallel.isDefined();
  }
}
