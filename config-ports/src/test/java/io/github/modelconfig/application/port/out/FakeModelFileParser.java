package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.testdata.TestJson;
import io.vavr.control.Either;
import io.vavr.control.Try;
import java.nio.charset.StandardCharsets;

/**
 * Test fake: parses model JSON files with the domain tests' minimal reader; whatever it cannot read
 * as one JSON object is a corrupt-file failure naming the file.
 */
public final class FakeModelFileParser implements ModelFileParser {

  @Override
  public Either<RepositoryFailure, RawModelConfig> parseJson(String fileName, byte[] content) {
    return Try.of(() -> TestJson.parse(new String(content, StandardCharsets.UTF_8)))
        .filter(config -> config != null)
        .toEither()
        .mapLeft(
            e ->
                new RepositoryFailure.Corrupt(
                    fileName,
                    fileName + " is not a JSON object: " + e,
                    "Fix or re-download " + fileName + "."));
  }
}
