package io.github.modelconfig.application.port.in;

import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.collection.Seq;

/** Use-case outcome: why a resolve failed: invalid request or model, or the model unreachable. */
public sealed interface ResolveFailure {

  /** The request or the model files are invalid; every problem is listed. */
  record Invalid(Seq<ConfigError> errors) implements ResolveFailure {}

  /** The model (or a file of it) could not be reached. */
  record Unavailable(RepositoryFailure failure) implements ResolveFailure {}
}
