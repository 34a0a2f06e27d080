package io.github.modelconfig.application.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Driven port: a place models can come from (a local folder, the HF cache, the Hub). {@code find}
 * answers none when the reference is not for this place, so the next one is asked.
 */
public interface ModelRepository {

  Either<RepositoryFailure, Option<ModelFiles>> find(ModelReference reference);

  /**
   * An existing local weight file named by {@code path} (a {@code --weight-path} entry, or a model
   * given as one file): the folder holding it, listing that file and the config files beside it.
   * None when this repository holds no such file; only local repositories answer, never the
   * network.
   */
  default Either<RepositoryFailure, Option<ModelFiles>> findFile(String path) {
    return Either.right(Option.none());
  }
}
