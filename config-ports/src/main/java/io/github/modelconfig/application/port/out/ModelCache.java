package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import java.util.function.LongConsumer;

/**
 * Driven port: the shared model cache that downloads fill and {@code cache scan} reports on; the
 * layout is the one the Python and JS Hugging Face clients share.
 */
public interface ModelCache {

  /**
   * Stores a file under its etag and links it into its commit's snapshot, reusing what is already
   * cached (unless {@code force}) and resuming a partial download. {@code progress} gets the number
   * of bytes each read added.
   */
  Either<RepositoryFailure, CachedFile> store(
      CacheEntry entry, ByteSource source, boolean force, LongConsumer progress);

  /** Records that a branch or tag points at a commit ({@code refs/}); best effort. */
  void recordRef(RepoId repoId, Revision revision, String commit);

  /** What the cache holds, with a warning per corrupt entry instead of a failure. */
  Either<RepositoryFailure, CacheReport> scan();
}
