package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/** Service: finds a model by asking each repository in priority order (folder, cache, Hub). */
final class ModelLocator {

  private final List<ModelRepository> repositories;

  ModelLocator(List<ModelRepository> repositories) {
    this.repositories = List.copyOf(repositories);
  }

  Either<RepositoryFailure, ModelFiles> locate(ModelReference reference) {
    for (ModelRepository repository : repositories) {
      Either<RepositoryFailure, Option<ModelFiles>> found = repository.find(reference);
      if (found.isLeft()) {
        return Either.left(found.getLeft());
      }
      if (found.get().isDefined()) {
        return Either.right(found.get().get());
      }
    }
    return Either.left(notFound(reference));
  }

  /** The local folder holding the weight file {@code path}, when a repository has it. */
  Either<RepositoryFailure, Option<ModelFiles>> locateFile(String path) {
    for (ModelRepository repository : repositories) {
      Either<RepositoryFailure, Option<ModelFiles>> found = repository.findFile(path);
      if (found.isLeft() || found.get().isDefined()) {
        return found;
      }
    }
    return Either.right(Option.none());
  }

  private static RepositoryFailure notFound(ModelReference reference) {
    String id = reference.id();
    boolean looksLikePath = id.startsWith("/") || id.startsWith(".") || id.startsWith("~");
    return new RepositoryFailure.NotFound(
        RepositoryFailure.Missing.REPO,
        looksLikePath || id.isEmpty()
            ? "Model path '" + id + "' does not exist."
            : "Model '" + id + "' is neither a local folder nor a cached or reachable repo.",
        id.isEmpty()
            ? "Give a model: a Hugging Face repo id, a local folder or a weight file."
            : "Check the path or repo id; for a folder, pass its path (e.g. ./examples/tiny-llama).");
  }
}
