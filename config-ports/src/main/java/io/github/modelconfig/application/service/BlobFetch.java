package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.DownloadProgress;
import io.github.modelconfig.application.port.in.DownloadReport.RepoDownload;
import io.github.modelconfig.application.port.out.CacheEntry;
import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.StorePolicy;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Service part: fetches planned files of Hub repos into the cache, several at once, each under the
 * etag and size its listing gives, then records each repo's revision as a ref.
 */
final class BlobFetch {

  /** Value: the files to fetch from one Hub repo (a set the planner fills), at a revision. */
  record RepoPlan(ModelFiles files, Revision revision, Set<String> paths, boolean force) {}

  private record Job(int repo, CacheEntry entry, ModelFiles files, StorePolicy policy) {}

  private final ModelCache cache;
  private final int parallelism;

  BlobFetch(ModelCache cache, int parallelism) {
    this.cache = cache;
    this.parallelism = parallelism;
  }

  Either<RepositoryFailure, List<RepoDownload>> fetch(
      List<RepoPlan> plans, boolean verify, DownloadProgress progress) {
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      RepoPlan plan = plans.get(i);
      RepoListing listing = plan.files().list();
      for (String path : plan.paths()) {
        Option<Long> size = listing.file(path).flatMap(RepoFile::size);
        Option<String> etag = listing.etag(path);
        if (size.isEmpty() || etag.isEmpty() || listing.commit().isEmpty()) {
          return Either.left(
              new RepositoryFailure.Transport(
                  "The Hub gave no size, etag or commit for '" + path + "'.",
                  "Check HF_ENDPOINT: it must point at a Hugging Face Hub."));
        }
        if (!CacheEntry.isEtag(etag.get())) {
          return Either.left(
              new RepositoryFailure.Corrupt(
                  path,
                  "The Hub listed '"
                      + path
                      + "' with the etag '"
                      + etag.get()
                      + "', neither a sha256 nor a git blob id; nothing was fetched.",
                  "The server is at fault: check HF_ENDPOINT, or try again later."));
        }
        RepoId id = RepoId.parse(listing.repoId()).get();
        CacheEntry entry = new CacheEntry(id, listing.commit().get(), path, etag.get(), size.get());
        jobs.add(new Job(i, entry, plan.files(), new StorePolicy(plan.force(), verify)));
      }
    }
    progress.planned(jobs.size(), jobs.stream().mapToLong(j -> j.entry().size()).sum());
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, jobs.size() + 1));
    try {
      List<Future<Either<RepositoryFailure, CachedFile>>> running = new ArrayList<>();
      for (Job job : jobs) {
        running.add(pool.submit(() -> store(job, progress)));
      }
      List<List<CachedFile>> done = new ArrayList<>();
      plans.forEach(p -> done.add(new ArrayList<>()));
      for (int i = 0; i < jobs.size(); i++) {
        Either<RepositoryFailure, CachedFile> result = join(running.get(i));
        if (result.isLeft()) {
          return Either.left(result.getLeft());
        }
        done.get(jobs.get(i).repo()).add(result.get());
      }
      List<RepoDownload> repos = new ArrayList<>();
      for (int i = 0; i < plans.size(); i++) {
        repos.add(report(plans.get(i), done.get(i)));
      }
      return Either.right(repos);
    } finally {
      pool.shutdownNow();
    }
  }

  private RepoDownload report(RepoPlan plan, List<CachedFile> files) {
    RepoListing listing = plan.files().list();
    String commit = listing.commit().getOrElse("");
    RepoId.parse(listing.repoId()).forEach(id -> cache.recordRef(id, plan.revision(), commit));
    String snapshot =
        files.isEmpty()
            ? ""
            : files
                .get(0)
                .location()
                .substring(0, files.get(0).location().length() - files.get(0).path().length() - 1);
    return new RepoDownload(listing.repoId(), commit, snapshot, files);
  }

  private Either<RepositoryFailure, CachedFile> store(Job job, DownloadProgress progress) {
    return OpenedFiles.read(
        job.files(),
        job.entry().path(),
        source -> cache.store(job.entry(), source, job.policy(), progress::advanced));
  }

  private static Either<RepositoryFailure, CachedFile> join(
      Future<Either<RepositoryFailure, CachedFile>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Either.left(
          new RepositoryFailure.Transport("Download interrupted.", "Run it again; it resumes."));
    } catch (ExecutionException e) {
      return Either.left(
          new RepositoryFailure.Transport(
              "Download failed: " + e.getCause(), "Run it again; it resumes where it stopped."));
    }
  }
}
