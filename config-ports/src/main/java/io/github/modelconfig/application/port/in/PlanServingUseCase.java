package io.github.modelconfig.application.port.in;

import io.vavr.control.Either;

/**
 * Use case: plan how a model is served on a runtime and hardware: layout, context, concurrency and
 * per-device memory, without a GPU and without loading weights. A plan that does not fit is a
 * report ({@code fits} false), not a failure; failures are a model that cannot be resolved or no
 * devices to plan on.
 */
public interface PlanServingUseCase {

  Either<ResolveFailure, PlanReport> plan(PlanQuery query);
}
