package io.github.modelconfig.adapter.huggingface;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.vavr.control.Either;
import java.io.IOException;

/** Driven adapter: parses HF JSON files with Jackson into {@link RawModelConfig} values. */
final class JacksonModelFileParser implements ModelFileParser {

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 24).build());
  }

  @Override
  public Either<RepositoryFailure, RawModelConfig> parseJson(String fileName, byte[] content) {
    try {
      JsonNode root = MAPPER.readTree(content);
      if (root == null || !root.isObject()) {
        return Either.left(corrupt(fileName, "its top level is not a JSON object"));
      }
      return Either.right(JsonValues.object(root));
    } catch (JsonProcessingException e) {
      return Either.left(
          corrupt(
              fileName,
              e.getOriginalMessage()
                  + (e.getLocation() == null
                      ? ""
                      : " at line "
                          + e.getLocation().getLineNr()
                          + ", column "
                          + e.getLocation().getColumnNr())));
    } catch (IOException e) {
      return Either.left(corrupt(fileName, e.getMessage()));
    }
  }

  private static RepositoryFailure corrupt(String fileName, String why) {
    return new RepositoryFailure.Corrupt(
        fileName,
        fileName + " is not valid JSON: " + why + ".",
        "Fix or re-download " + fileName + "; it must be a JSON object.");
  }
}
