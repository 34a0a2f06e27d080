package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import java.util.function.Function;

/** Service helper: reads a file of a repo through a byte source that is closed afterwards. */
final class OpenedFiles {

  private OpenedFiles() {}

  static <T> Either<RepositoryFailure, T> read(
      ModelFiles repo, String path, Function<ByteSource, Either<RepositoryFailure, T>> reader) {
    return repo.open(path)
        .flatMap(
            source -> {
              try (ByteSource s = source) {
                return reader.apply(s);
              }
            });
  }
}
