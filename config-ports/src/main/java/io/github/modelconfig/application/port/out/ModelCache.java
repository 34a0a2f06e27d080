package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.LongConsumer;

/**
 * Driven port: the shared model cache that downloads fill and {@code cache scan} reports on; the
 * layout is the one the Python and JS Hugging Face clients share.
 */
public interface ModelCache {

  /**
   * Stores a file under its etag and links it into its commit's snapshot, reusing what is already
   * cached as {@code policy} allows (a cached copy of another size is fetched again) and resuming a
   * partial download. {@code progress} gets the number of bytes each read added.
   */
  Either<RepositoryFailure, CachedFile> store(
      CacheEntry entry, ByteSource source, StorePolicy policy, LongConsumer progress);

  /** {@link #store(CacheEntry, ByteSource, StorePolicy, LongConsumer)}, checking sizes only. */
  default Either<RepositoryFailure, CachedFile> store(
      CacheEntry entry, ByteSource source, boolean force, LongConsumer progress) {
    return store(entry, source, new StorePolicy(force, false), progress);
  }

  /**
   * The content of a small file the commit's snapshot holds with the entry's size and digest, none
   * when it is not cached (or cached with other content); never more than {@code maxBytes}.
   */
  Option<byte[]> cached(CacheEntry entry, long maxBytes);

  /**
   * Records that {@code path} does not exist at {@code commit} ({@code .no_exist}); best effort.
   */
  void recordMissing(RepoId repoId, String commit, String path);

  /** Records that a branch or tag points at a commit ({@code refs/}); best effort. */
  void recordRef(RepoId repoId, Revision revision, String commit);

  /** What the cache holds, with a warning per corrupt entry instead of a failure. */
  Either<RepositoryFailure, CacheReport> scan();
}
