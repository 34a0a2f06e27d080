package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.repo.SafetensorsIndexes;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.vavr.control.Either;

/** Driven port: parses a model's JSON files ({@code config.json} and friends) into typed values. */
public interface ModelFileParser {

  /** One JSON object; anything else (another value, content after it) is a corrupt file. */
  Either<RepositoryFailure, RawModelConfig> parseJson(String fileName, byte[] content);

  /**
   * A sharded safetensors index ({@code path} is its repo-relative path), summarised as tensors per
   * shard as the file names them (relative to its folder; {@link SafetensorsIndexes#located} checks
   * and locates them) and {@code metadata.total_size}. Parsers of large files override this to keep
   * no tensor names.
   */
  default Either<RepositoryFailure, SafetensorsIndex> parseSafetensorsIndex(
      String path, byte[] content) {
    return parseJson(path, content)
        .flatMap(
            json ->
                SafetensorsIndexes.summarise(path, json)
                    .mapLeft(e -> new RepositoryFailure.Corrupt(path, e.message(), e.hint())));
  }
}
