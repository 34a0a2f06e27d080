package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ReadCost;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.diffusers.DiffusersComponents;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.repo.SafetensorsIndexes;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.github.modelconfig.domain.weights.WeightFiles;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Service helper: the metadata reads of one snapshot that do not depend on each other, started
 * together: the config files the listing holds (whole, then parsed), a diffusers pipeline's
 * component configs, the sharded safetensors indexes, and the safetensors headers unless the Hub
 * already counted their parameters.
 */
final class MetadataReads {

  /** Config files larger than this are refused as hostile. */
  static final long MAX_CONFIG_BYTES = 16L * 1024 * 1024;

  static final String MODEL_INDEX = "model_index.json";

  /** The config files read whole. */
  static final List<String> CONFIG_FILES =
      List.of("config.json", "generation_config.json", MODEL_INDEX);

  private final Map<String, Supplier<Either<RepositoryFailure, RawModelConfig>>> configs =
      new LinkedHashMap<>();
  private final Map<String, Supplier<Either<RepositoryFailure, RawModelConfig>>> components =
      new LinkedHashMap<>();
  private final Map<String, Supplier<Either<RepositoryFailure, SafetensorsHeader>>> headers =
      new LinkedHashMap<>();
  private final Map<String, Supplier<Either<RepositoryFailure, SafetensorsIndex>>> indexes =
      new LinkedHashMap<>();

  private MetadataReads() {}

  static MetadataReads start(
      ModelFiles repo, ModelFileParser parser, WeightsInspector inspector, IndependentReads reads) {
    RepoListing listing = repo.list();
    MetadataReads started = new MetadataReads();
    CONFIG_FILES.stream()
        .filter(listing::has)
        .forEach(name -> started.configs.put(name, reads.start(() -> json(repo, parser, name))));
    if (listing.has(MODEL_INDEX)) {
      DiffusersComponents.configPaths(listing.files())
          .forEach(
              (component, path) ->
                  started.components.put(component, reads.start(() -> json(repo, parser, path))));
    }
    // A sharded index is checked against a local copy, which may be partial; a Hub listing holds
    // what was uploaded, so its index costs a round trip and would tell nothing new.
    listing.files().stream()
        .filter(f -> listing.readCost() == ReadCost.LOCAL)
        .map(RepoFile::path)
        .filter(SafetensorsIndexes::isIndex)
        .forEach(
            path ->
                started.indexes.put(
                    path,
                    reads.start(
                        () ->
                            repo.read(path, MAX_CONFIG_BYTES)
                                .flatMap(bytes -> parser.parseSafetensorsIndex(path, bytes)))));
    if (listing.hubParameterCounts().isEmpty()) {
      for (RepoFile file : safetensors(listing)) {
        started.headers.put(
            file.path(),
            reads.start(() -> OpenedFiles.read(repo, file.path(), inspector::safetensors)));
      }
    }
    return started;
  }

  /** A config file parsed; none when the repo does not list it. */
  Either<RepositoryFailure, Option<RawModelConfig>> config(String name) {
    return Option.of(configs.get(name))
        .map(read -> read.get().map(Option::of))
        .getOrElse(Either.right(Option.none()));
  }

  /**
   * The component configs that could be read; one that cannot be read or parsed is left out (its
   * component then has an empty config), as in MAX, since resolving does not depend on it.
   */
  Map<String, RawModelConfig> components() {
    Map<String, RawModelConfig> read = new LinkedHashMap<>();
    components.forEach((component, config) -> config.get().forEach(c -> read.put(component, c)));
    return read;
  }

  /** The safetensors headers by path, in listing order; the first failure in that order. */
  Either<RepositoryFailure, Map<String, SafetensorsHeader>> safetensorsHeaders() {
    return Either.traverseRight(
            headers.entrySet(), e -> e.getValue().get().map(h -> Map.entry(e.getKey(), h)))
        .map(MetadataReads::ordered);
  }

  /** The safetensors indexes by path, in listing order; the first failure in that order. */
  Either<RepositoryFailure, Map<String, SafetensorsIndex>> safetensorsIndexes() {
    return Either.traverseRight(
            indexes.entrySet(), e -> e.getValue().get().map(i -> Map.entry(e.getKey(), i)))
        .map(MetadataReads::ordered);
  }

  static List<RepoFile> safetensors(RepoListing listing) {
    return WeightFiles.byFormat(listing.files()).getOrDefault(WeightsFormat.SAFETENSORS, List.of());
  }

  static <T> Map<String, T> ordered(Iterable<Map.Entry<String, T>> entries) {
    Map<String, T> map = new LinkedHashMap<>();
    entries.forEach(e -> map.put(e.getKey(), e.getValue()));
    return map;
  }

  private static Either<RepositoryFailure, RawModelConfig> json(
      ModelFiles repo, ModelFileParser parser, String name) {
    return repo.read(name, MAX_CONFIG_BYTES).flatMap(bytes -> parser.parseJson(name, bytes));
  }
}
