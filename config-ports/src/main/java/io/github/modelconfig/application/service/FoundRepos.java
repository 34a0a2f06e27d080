package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service part: repositories that remember the Hub repos they found during one resolution, so a
 * download fetches from the very listings (and commits) the resolution read, without asking again.
 */
final class FoundRepos {

  private final List<ModelRepository> repositories;
  private final Map<String, ModelFiles> hub = new ConcurrentHashMap<>();

  FoundRepos(List<ModelRepository> sources) {
    this.repositories = sources.stream().<ModelRepository>map(Remembering::new).toList();
  }

  /** The repositories to resolve with. */
  List<ModelRepository> repositories() {
    return repositories;
  }

  /** The Hub repo a resolution read under this id (as its snapshot names it). */
  Option<ModelFiles> hubRepo(String repoId) {
    return Option.of(hub.get(repoId));
  }

  /** A repository whose Hub finds are remembered. */
  private final class Remembering implements ModelRepository {

    private final ModelRepository source;

    Remembering(ModelRepository source) {
      this.source = source;
    }

    @Override
    public Either<RepositoryFailure, Option<ModelFiles>> find(ModelReference reference) {
      return source
          .find(reference)
          .peek(
              found ->
                  found
                      .filter(files -> files.list().kind() == RepoKind.HUB)
                      .forEach(files -> hub.put(files.list().repoId(), files)));
    }

    @Override
    public Either<RepositoryFailure, Option<ModelFiles>> findFile(String path) {
      return source.findFile(path);
    }
  }
}
