package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.vavr.control.Either;
import java.nio.file.Files;

/**
 * Driven adapter: one cached snapshot; a file absent from it is reported as known missing when
 * {@code .no_exist} says so, else as not cached.
 */
final class HfCacheFiles implements ModelFiles {

  private final ModelFiles snapshot;
  private final HfCacheLayout layout;
  private final RepoId repoId;
  private final String commit;

  HfCacheFiles(ModelFiles snapshot, HfCacheLayout layout, RepoId repoId, String commit) {
    this.snapshot = snapshot;
    this.layout = layout;
    this.repoId = repoId;
    this.commit = commit;
  }

  /** The snapshot folder's listing: kind {@code HF_CACHE}, at the commit. */
  @Override
  public RepoListing list() {
    return snapshot.list();
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
    return snapshot.read(path, maxBytes).mapLeft(f -> explain(path, f));
  }

  @Override
  public Either<RepositoryFailure, ByteSource> open(String path) {
    return snapshot.open(path).mapLeft(f -> explain(path, f));
  }

  private RepositoryFailure explain(String path, RepositoryFailure failure) {
    if (!(failure instanceof RepositoryFailure.NotFound)) {
      return failure;
    }
    if (Files.isRegularFile(layout.noExist(repoId, commit, path))) {
      return new RepositoryFailure.NotFound(
          RepositoryFailure.Missing.FILE,
          "'" + path + "' does not exist in '" + repoId + "' at commit " + commit + ".",
          "The Hub said so earlier (.no_exist in the cache); check the file name.");
    }
    return new RepositoryFailure.NotFound(
        RepositoryFailure.Missing.FILE,
        "'" + path + "' of '" + repoId + "' at commit " + commit + " is not in the cache.",
        "Run 'modelconfig download " + repoId + "', or resolve online.");
  }
}
