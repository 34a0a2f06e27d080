package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.DownloadModelUseCase;
import io.github.modelconfig.application.port.in.DownloadProgress;
import io.github.modelconfig.application.port.in.DownloadQuery;
import io.github.modelconfig.application.port.in.DownloadReport;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.CacheEntry;
import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Service: downloads a Hub repo's selected files into the shared cache, several files at once; what
 * is cached already (by us, or by the Python or JS clients) is reused.
 */
public final class DownloadModelService implements DownloadModelUseCase {

  private final ModelRepository hub;
  private final ModelCache cache;
  private final int parallelism;

  public DownloadModelService(ModelRepository hub, ModelCache cache, int parallelism) {
    this.hub = hub;
    this.cache = cache;
    this.parallelism = Math.max(1, parallelism);
  }

  @Override
  public Either<ResolveFailure, DownloadReport> download(
      DownloadQuery query, DownloadProgress progress) {
    Either<RepositoryFailure, ModelFiles> found =
        hub.find(new ModelReference(query.repoId(), query.revision()))
            .flatMap(
                repo ->
                    repo.toEither(
                        () ->
                            (RepositoryFailure)
                                new RepositoryFailure.NotFound(
                                    RepositoryFailure.Missing.REPO,
                                    "Repo '" + query.repoId() + "' was not found.",
                                    "Check the repo id, e.g. meta-llama/Llama-3.1-8B-Instruct.")));
    if (found.isLeft()) {
      return Either.left(new ResolveFailure.Unavailable(found.getLeft()));
    }
    Validation<ConfigError, List<RepoFile>> selected =
        DownloadSelection.select(found.get().list().files(), query);
    if (selected.isInvalid()) {
      return Either.left(new ResolveFailure.Invalid(Vector.of(selected.getError())));
    }
    return fetch(found.get(), selected.get(), query, progress)
        .mapLeft(ResolveFailure.Unavailable::new);
  }

  private Either<RepositoryFailure, DownloadReport> fetch(
      ModelFiles files, List<RepoFile> selected, DownloadQuery query, DownloadProgress progress) {
    RepoListing listing = files.list();
    String commit = listing.commit().getOrElse(query.revision().value());
    List<CacheEntry> entries = new ArrayList<>();
    for (RepoFile file : selected) {
      if (file.size().isEmpty() || listing.etag(file.path()).isEmpty()) {
        return Either.left(
            new RepositoryFailure.Transport(
                "The Hub gave no size or etag for '" + file.path() + "'.",
                "Check HF_ENDPOINT: it must point at a Hugging Face Hub."));
      }
      entries.add(
          new CacheEntry(
              query.repoId(),
              commit,
              file.path(),
              listing.etag(file.path()).get(),
              file.size().get()));
    }
    progress.planned(entries.size(), entries.stream().mapToLong(CacheEntry::size).sum());
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, entries.size())));
    try {
      List<Future<Either<RepositoryFailure, CachedFile>>> running = new ArrayList<>();
      for (CacheEntry entry : entries) {
        running.add(pool.submit(() -> store(files, entry, query.forceDownload(), progress)));
      }
      List<CachedFile> done = new ArrayList<>();
      for (Future<Either<RepositoryFailure, CachedFile>> f : running) {
        Either<RepositoryFailure, CachedFile> result = join(f);
        if (result.isLeft()) {
          return Either.left(result.getLeft());
        }
        done.add(result.get());
      }
      cache.recordRef(query.repoId(), query.revision(), commit);
      String snapshot =
          done.isEmpty()
              ? ""
              : done.get(0)
                  .location()
                  .substring(0, done.get(0).location().length() - done.get(0).path().length() - 1);
      return Either.right(new DownloadReport(query.repoId(), commit, snapshot, done));
    } finally {
      pool.shutdownNow();
    }
  }

  private Either<RepositoryFailure, CachedFile> store(
      ModelFiles files, CacheEntry entry, boolean force, DownloadProgress progress) {
    return OpenedFiles.read(
        files, entry.path(), source -> cache.store(entry, source, force, progress::advanced));
  }

  private static Either<RepositoryFailure, CachedFile> join(
      Future<Either<RepositoryFailure, CachedFile>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Either.left(
          new RepositoryFailure.Transport("Download interrupted.", "Run it again; it resumes."));
    } catch (java.util.concurrent.ExecutionException e) {
      return Either.left(
          new RepositoryFailure.Transport(
              "Download failed: " + e.getCause(), "Run it again; it resumes where it stopped."));
    }
  }
}
