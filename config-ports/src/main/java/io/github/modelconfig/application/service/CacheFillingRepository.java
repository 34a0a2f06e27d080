package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.CacheEntry;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Service: the Hub, leaving in the shared cache what a resolution read whole, as the Python client
 * would have: each small file (config.json and friends) under its etag with the snapshot link and
 * the revision's ref, and a {@code .no_exist} marker for each config file the listing lacks. A
 * small file already cached at the listed size is read from the cache, not the Hub.
 */
public final class CacheFillingRepository implements ModelRepository {

  private final ModelRepository hub;
  private final ModelCache cache;

  public CacheFillingRepository(ModelRepository hub, ModelCache cache) {
    this.hub = hub;
    this.cache = cache;
  }

  @Override
  public Either<RepositoryFailure, Option<ModelFiles>> find(ModelReference reference) {
    return hub.find(reference).map(found -> found.map(files -> filling(reference, files)));
  }

  @Override
  public Either<RepositoryFailure, Option<ModelFiles>> findFile(String path) {
    return hub.findFile(path);
  }

  private ModelFiles filling(ModelReference reference, ModelFiles files) {
    RepoListing listing = files.list();
    Option<RepoId> id = RepoId.parse(listing.repoId());
    if (id.isEmpty() || listing.commit().isEmpty()) {
      return files;
    }
    String commit = listing.commit().get();
    MetadataReads.CONFIG_FILES.stream()
        .filter(name -> !listing.has(name))
        .forEach(name -> cache.recordMissing(id.get(), commit, name));
    return new Filling(files, id.get(), reference.revision(), commit);
  }

  /** One Hub repo whose whole-file reads go through the cache. */
  private final class Filling implements ModelFiles {

    private final ModelFiles files;
    private final RepoId id;
    private final Revision revision;
    private final String commit;

    Filling(ModelFiles files, RepoId id, Revision revision, String commit) {
      this.files = files;
      this.id = id;
      this.revision = revision;
      this.commit = commit;
    }

    @Override
    public RepoListing list() {
      return files.list();
    }

    @Override
    public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
      Option<CacheEntry> entry = entry(path);
      Option<byte[]> cached = entry.flatMap(e -> cache.cached(e, maxBytes));
      if (cached.isDefined()) {
        return Either.right(cached.get());
      }
      Either<RepositoryFailure, byte[]> read = files.read(path, maxBytes);
      if (entry.isDefined() && read.isRight() && read.get().length == entry.get().size()) {
        cache.store(entry.get(), new Bytes(path, read.get()), false, n -> {});
        cache.recordRef(id, revision, commit);
      }
      return read;
    }

    @Override
    public Either<RepositoryFailure, ByteSource> open(String path) {
      return files.open(path);
    }

    private Option<CacheEntry> entry(String path) {
      RepoListing listing = files.list();
      Option<Long> size = listing.file(path).flatMap(RepoFile::size);
      Option<String> etag = listing.etag(path);
      return size.isDefined() && etag.exists(CacheEntry::isEtag)
          ? Option.of(new CacheEntry(id, commit, path, etag.get(), size.get()))
          : Option.none();
    }
  }

  /** A file read whole, as a byte source for the cache. */
  private record Bytes(String name, byte[] content) implements ByteSource {

    @Override
    public long size() {
      return content.length;
    }

    @Override
    public Either<RepositoryFailure, byte[]> read(long offset, int length) {
      return ByteSource.outside(name, content.length, offset, length, "")
          .<Either<RepositoryFailure, byte[]>>map(Either::left)
          .getOrElse(
              () ->
                  Either.right(
                      java.util.Arrays.copyOfRange(content, (int) offset, (int) offset + length)));
    }
  }
}
