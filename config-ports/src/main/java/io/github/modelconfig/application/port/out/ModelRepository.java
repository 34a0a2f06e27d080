package io.github.modelconfig.application.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Driven port: a place models can come from (a local folder, the HF cache, the Hub). {@code find}
 * answers none when the reference is not for this place, so the next one is asked.
 */
public interface ModelRepository {

  Either<RepositoryFailure, Option<ModelFiles>> find(ModelReference reference);
}
