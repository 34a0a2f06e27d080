package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Driven adapter: models in local folders. A reference that names an existing directory is served
 * from it; anything else is left to the next repository.
 */
public final class LocalFolderModelRepository implements ModelRepository {

  private final Path workingDirectory;

  public LocalFolderModelRepository(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  @Override
  public Either<RepositoryFailure, Option<ModelFiles>> find(ModelReference reference) {
    if (reference.id().isEmpty()) {
      return Either.right(Option.none());
    }
    Path folder = workingDirectory.resolve(expandHome(reference.id())).normalize();
    if (!Files.isDirectory(folder)) {
      return Either.right(Option.none());
    }
    return LocalFolderFiles.scan(reference.id(), folder).map(Option::of);
  }

  private static String expandHome(String path) {
    if (path.equals("~") || path.startsWith("~/")) {
      return System.getProperty("user.home") + path.substring(1);
    }
    return path;
  }
}
