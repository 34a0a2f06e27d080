package io.github.modelconfig.application.port.in;

import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Either;

/** Use case: resolve, validate and explain how a model will be served. */
public interface ResolveModelConfigUseCase {

  Either<ResolveFailure, ResolvedModelConfig> resolve(ResolveQuery query);
}
