package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Service helper: a remote repo whose config files and weight headers are all requested at once, in
 * parallel, so a resolve costs a couple of round trips instead of one per file.
 */
final class ParallelFiles implements ModelFiles {

  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "modelconfig-metadata");
            t.setDaemon(true);
            return t;
          });

  private final ModelFiles repo;
  private final Map<String, CompletableFuture<Either<RepositoryFailure, byte[]>>> reads =
      new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Either<RepositoryFailure, SafetensorsHeader>>>
      headers = new ConcurrentHashMap<>();

  private ParallelFiles(ModelFiles repo) {
    this.repo = repo;
  }

  /**
   * Starts reading {@code configs} (whole, up to {@code maxBytes}) and the headers of {@code
   * weights}.
   */
  static ParallelFiles start(
      ModelFiles repo,
      List<String> configs,
      long maxBytes,
      List<RepoFile> weights,
      WeightsInspector inspector) {
    ParallelFiles files = new ParallelFiles(repo);
    for (String name : configs) {
      files.reads.put(name, CompletableFuture.supplyAsync(() -> repo.read(name, maxBytes), POOL));
    }
    for (RepoFile weight : weights) {
      files.headers.put(
          weight.path(),
          CompletableFuture.supplyAsync(
              () ->
                  repo.open(weight.path())
                      .flatMap(
                          source -> {
                            try (ByteSource s = source) {
                              return inspector.safetensors(s);
                            }
                          }),
              POOL));
    }
    return files;
  }

  /** The header read started for {@code path}, if any. */
  Option<Either<RepositoryFailure, SafetensorsHeader>> header(String path) {
    return Option.of(headers.get(path)).map(CompletableFuture::join);
  }

  @Override
  public String repoId() {
    return repo.repoId();
  }

  @Override
  public RepoKind kind() {
    return repo.kind();
  }

  @Override
  public Option<String> commit() {
    return repo.commit();
  }

  @Override
  public List<RepoFile> list() {
    return repo.list();
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
    CompletableFuture<Either<RepositoryFailure, byte[]>> started = reads.get(path);
    return started != null ? started.join() : repo.read(path, maxBytes);
  }

  @Override
  public Either<RepositoryFailure, ByteSource> open(String path) {
    return repo.open(path);
  }

  @Override
  public Option<String> pipelineTag() {
    return repo.pipelineTag();
  }

  @Override
  public Map<String, Long> hubParameterCounts() {
    return repo.hubParameterCounts();
  }

  @Override
  public Option<String> etag(String path) {
    return repo.etag(path);
  }
}
