package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.ListModelFilesUseCase;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import java.util.List;

/** Service: lists a model repo by asking each repository in priority order (folder, cache, Hub). */
public final class ListModelFilesService implements ListModelFilesUseCase {

  private final ModelLocator locator;

  public ListModelFilesService(List<ModelRepository> repositories) {
    this.locator = new ModelLocator(repositories);
  }

  @Override
  public Either<RepositoryFailure, RepoListing> list(ModelReference reference) {
    return locator.locate(reference).map(ModelFiles::list);
  }
}
