package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.github.modelconfig.domain.weights.WeightFiles;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Service: gathers a {@link ModelSnapshot} from a repo: the config files, and the headers of the
 * safetensors and GGUF files (metadata only, never tensor data), with the reads that do not depend
 * on each other run as the listing's read cost suggests. Snapshots of repos with a fingerprint are
 * kept (a small LRU) and reused while the fingerprint is unchanged.
 */
final class SnapshotLoader {

  /** Snapshots kept for reuse; a Llama-8B snapshot with 291 tensors is about 100 KB. */
  static final int CACHED_SNAPSHOTS = 64;

  /** Value: the config files a snapshot holds. */
  private record Configs(
      Option<RawModelConfig> config,
      Option<RawModelConfig> generation,
      Option<RawModelConfig> modelIndex) {}

  private final ModelFileParser parser;
  private final WeightsInspector inspector;
  private final Map<String, ModelSnapshot> kept =
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
    RepoListing listing = repo.list();
    Option<String> key = listing.fingerprint().map(f -> listing.repoId() + '\n' + f);
    Option<ModelSnapshot> reused = key.flatMap(k -> Option.of(kept.get(k)));
    if (reused.isDefined()) {
      return Either.right(reused.get());
    }
    Either<RepositoryFailure, ModelSnapshot> loaded = read(repo, listing);
    key.forEach(k -> loaded.forEach(snapshot -> kept.put(k, snapshot)));
    return loaded;
  }

  private Either<RepositoryFailure, ModelSnapshot> read(ModelFiles repo, RepoListing listing) {
    MetadataReads started =
        MetadataReads.start(repo, parser, inspector, IndependentReads.forCost(listing.readCost()));
    return configs(started)
        .flatMap(
            configs ->
                started
                    .safetensorsHeaders()
                    .flatMap(
                        headers ->
                            started
                                .safetensorsIndexes()
                                .flatMap(
                                    indexes ->
                                        ggufHeaders(repo, listing)
                                            .map(
                                                gguf ->
                                                    snapshot(
                                                        listing, configs, started, headers, gguf,
                                                        indexes)))));
  }

  /** The config files, the first failure in the order model index, config, generation config. */
  private static Either<RepositoryFailure, Configs> configs(MetadataReads started) {
    return started
        .config(MetadataReads.MODEL_INDEX)
        .flatMap(
            index ->
                started
                    .config("config.json")
                    .flatMap(
                        config ->
                            started
                                .config("generation_config.json")
                                .map(generation -> new Configs(config, generation, index))));
  }

  /** GGUF headers one at a time: each may hold megabytes of vocabulary. */
  private Either<RepositoryFailure, Map<String, GgufMetadata>> ggufHeaders(
      ModelFiles repo, RepoListing listing) {
    return Either.traverseRight(
            WeightFiles.byFormat(listing.files()).getOrDefault(WeightsFormat.GGUF, List.of()),
            file ->
                OpenedFiles.read(repo, file.path(), inspector::gguf)
                    .map(header -> Map.entry(file.path(), header)))
        .map(MetadataReads::ordered);
  }

  private static ModelSnapshot snapshot(
      RepoListing listing,
      Configs configs,
      MetadataReads started,
      Map<String, SafetensorsHeader> headers,
      Map<String, GgufMetadata> gguf,
      Map<String, SafetensorsIndex> indexes) {
    return new ModelSnapshot(
        listing.repoId(),
        listing.kind(),
        listing.commit(),
        listing.files(),
        configs.config(),
        configs.generation(),
        configs.modelIndex(),
        configs.modelIndex().isDefined() ? started.components() : Map.of(),
        headers,
        listing.pipelineTag(),
        gguf,
        listing.hubParameterCounts(),
        indexes);
  }
}
