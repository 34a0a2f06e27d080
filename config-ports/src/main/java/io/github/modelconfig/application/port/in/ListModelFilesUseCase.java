package io.github.modelconfig.application.port.in;

import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;

/**
 * Use case: what a model repo holds at a revision, wherever it is found (folder, cache, Hub): its
 * commit and files with sizes and etags when known. Lockfiles pin a resolution with it.
 */
public interface ListModelFilesUseCase {

  Either<RepositoryFailure, RepoListing> list(ModelReference reference);
}
