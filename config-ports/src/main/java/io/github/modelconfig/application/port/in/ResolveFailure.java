package io.github.modelconfig.application.port.in;

import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

/** Use-case outcome: why a resolve failed: invalid request or model, or the model unreachable. */
public sealed interface ResolveFailure {

  /** Every problem as a coded report (one for an unreachable model). */
  Seq<ConfigError> errors();

  /** The request or the model files are invalid; every problem is listed. */
  record Invalid(Seq<ConfigError> errors) implements ResolveFailure {}

  /** The model (or a file of it) could not be reached. */
  record Unavailable(RepositoryFailure failure) implements ResolveFailure {
    @Override
    public Seq<ConfigError> errors() {
      return Vector.of(
          new ConfigError(failure.code(), failure.field(), failure.message(), failure.hint()));
    }
  }
}
