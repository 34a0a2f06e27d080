package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.diffusers.DiffusersComponents;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.WeightFiles;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Service: gathers a {@link ModelSnapshot} from a repo: the config files, and the headers of the
 * safetensors and GGUF files (metadata only, never tensor data). Snapshots of repos with a
 * fingerprint are kept (a small LRU) and reused while the fingerprint is unchanged.
 */
final class SnapshotLoader {

  /** Config files larger than this are refused as hostile. */
  static final long MAX_CONFIG_BYTES = 16L * 1024 * 1024;

  /** The config files read whole. */
  static final List<String> CONFIG_FILES =
      List.of("config.json", "generation_config.json", "model_index.json");

  /** Snapshots kept for reuse; a Llama-8B snapshot with 291 tensors is about 100 KB. */
  static final int CACHED_SNAPSHOTS = 64;

  private final ModelFileParser parser;
  private final WeightsInspector inspector;
  private final Map<String, ModelSnapshot> cache =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ModelSnapshot> eldest) {
              return size() > CACHED_SNAPSHOTS;
            }
          });

  SnapshotLoader(ModelFileParser parser, WeightsInspector inspector) {
    this.parser = parser;
    this.inspector = inspector;
  }

  Either<RepositoryFailure, ModelSnapshot> load(ModelFiles repo) {
    Option<String> key = repo.fingerprint().map(f -> repo.repoId() + '\n' + f);
    ModelSnapshot kept = key.map(cache::get).getOrNull();
    if (kept != null) {
      return Either.right(kept);
    }
    Either<RepositoryFailure, ModelSnapshot> loaded = read(repo);
    if (key.isDefined() && loaded.isRight()) {
      cache.put(key.get(), loaded.get());
    }
    return loaded;
  }

  private Either<RepositoryFailure, ModelSnapshot> read(ModelFiles source) {
    List<RepoFile> files = source.list();
    ModelFiles repo = source.kind() == RepoKind.HUB ? inParallel(source, files) : source;
    try {
      Option<RawModelConfig> index = get(json(repo, files, "model_index.json"));
      return Either.right(
          new ModelSnapshot(
              repo.repoId(),
              repo.kind(),
              repo.commit(),
              files,
              get(json(repo, files, "config.json")),
              get(json(repo, files, "generation_config.json")),
              index,
              componentConfigs(repo, files, index),
              get(headers(repo, files)),
              repo.pipelineTag(),
              get(ggufHeaders(repo, files))));
    } catch (Failed failed) {
      return Either.left(failed.failure);
    }
  }

  /** The value, or a {@link Failed} that {@link #read} turns back into a left. */
  private static <T> T get(Either<RepositoryFailure, T> either) {
    if (either.isLeft()) {
      throw new Failed(either.getLeft());
    }
    return either.get();
  }

  /** Carries the first failure out of {@link #read}'s sequence of reads. */
  private static final class Failed extends RuntimeException {
    private final transient RepositoryFailure failure;

    Failed(RepositoryFailure failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }

  /**
   * A diffusers pipeline's component configs; one that cannot be read or parsed is left out (its
   * component then has an empty config), as in MAX, since resolving does not depend on it.
   */
  private Map<String, RawModelConfig> componentConfigs(
      ModelFiles repo, List<RepoFile> files, Option<RawModelConfig> index) {
    Map<String, RawModelConfig> configs = new LinkedHashMap<>();
    if (index.isDefined()) {
      DiffusersComponents.configPaths(files)
          .forEach(
              (component, path) ->
                  json(repo, files, path).forEach(c -> c.forEach(v -> configs.put(component, v))));
    }
    return configs;
  }

  private Either<RepositoryFailure, Option<RawModelConfig>> json(
      ModelFiles repo, List<RepoFile> files, String name) {
    if (files.stream().noneMatch(f -> f.path().equals(name))) {
      return Either.right(Option.none());
    }
    return repo.read(name, MAX_CONFIG_BYTES)
        .flatMap(bytes -> parser.parseJson(name, bytes))
        .map(Option::of);
  }

  private Either<RepositoryFailure, Map<String, SafetensorsHeader>> headers(
      ModelFiles repo, List<RepoFile> files) {
    Map<String, SafetensorsHeader> headers = new LinkedHashMap<>();
    List<RepoFile> safetensors =
        WeightFiles.byFormat(files).getOrDefault(WeightsFormat.SAFETENSORS, List.of());
    if (repo.kind() == RepoKind.HUB && !repo.hubParameterCounts().isEmpty()) {
      return Either.right(HubParameterHeaders.of(repo.hubParameterCounts(), safetensors));
    }
    for (RepoFile file : safetensors) {
      Either<RepositoryFailure, SafetensorsHeader> header = header(repo, file);
      if (header.isLeft()) {
        return Either.left(header.getLeft());
      }
      headers.put(file.path(), header.get());
    }
    return Either.right(headers);
  }

  /** A remote repo: every config file and weight header requested at once. */
  private ModelFiles inParallel(ModelFiles repo, List<RepoFile> files) {
    List<RepoFile> weights =
        repo.hubParameterCounts().isEmpty()
            ? WeightFiles.byFormat(files).getOrDefault(WeightsFormat.SAFETENSORS, List.of())
            : List.of();
    List<String> configs =
        Stream.concat(
                files.stream().map(RepoFile::path).filter(CONFIG_FILES::contains),
                DiffusersComponents.configPaths(files).values().stream())
            .toList();
    return ParallelFiles.start(repo, configs, MAX_CONFIG_BYTES, weights, inspector);
  }

  private Either<RepositoryFailure, SafetensorsHeader> header(ModelFiles repo, RepoFile file) {
    if (repo instanceof ParallelFiles parallel) {
      Option<Either<RepositoryFailure, SafetensorsHeader>> started = parallel.header(file.path());
      if (started.isDefined()) {
        return started.get();
      }
    }
    return repo.open(file.path())
        .flatMap(
            source -> {
              try (ByteSource s = source) {
                return inspector.safetensors(s);
              }
            });
  }

  private Either<RepositoryFailure, Map<String, GgufMetadata>> ggufHeaders(
      ModelFiles repo, List<RepoFile> files) {
    Map<String, GgufMetadata> headers = new LinkedHashMap<>();
    for (RepoFile file : WeightFiles.byFormat(files).getOrDefault(WeightsFormat.GGUF, List.of())) {
      Either<RepositoryFailure, GgufMetadata> header =
          repo.open(file.path())
              .flatMap(
                  source -> {
                    try (ByteSource s = source) {
                      return inspector.gguf(s);
                    }
                  });
      if (header.isLeft()) {
        return Either.left(header.getLeft());
      }
      headers.put(file.path(), header.get());
    }
    return Either.right(headers);
  }
}
