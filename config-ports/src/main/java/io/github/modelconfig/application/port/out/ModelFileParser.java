package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.model.RawModelConfig;
import io.vavr.control.Either;

/** Driven port: parses a model's JSON files ({@code config.json} and friends) into typed values. */
public interface ModelFileParser {

  Either<RepositoryFailure, RawModelConfig> parseJson(String fileName, byte[] content);
}
