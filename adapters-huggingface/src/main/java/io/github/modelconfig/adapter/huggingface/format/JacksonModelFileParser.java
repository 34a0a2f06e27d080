package io.github.modelconfig.adapter.huggingface.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.vavr.control.Either;
import java.io.IOException;

/**
 * Driven adapter: parses HF JSON files with Jackson's streaming parser into {@link RawModelConfig}
 * values (duplicate keys and content after the object rejected; NaN and Infinity accepted, as
 * Python's json writes them; at most {@link #MAX_TOKENS} tokens, so a config file's map fits any
 * heap); safetensors indexes are streamed into shard counts ({@link SafetensorsIndexJson}).
 */
final class JacksonModelFileParser implements ModelFileParser {

  /** JSON tokens of one config file at most: published configs have a few thousand. */
  static final long MAX_TOKENS = 262_144;

  /** HF JSON as Python writes it. */
  static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(64)
                  .maxStringLength(1 << 24)
                  .maxTokenCount(MAX_TOKENS)
                  .build())
          .build();

  @Override
  public Either<RepositoryFailure, RawModelConfig> parseJson(String fileName, byte[] content) {
    try {
      Object root =
          JsonValues.readWhole(JSON, content, RawModelConfig::of, RawModelConfig.JSON_NULL);
      if (!(root instanceof RawModelConfig config)) {
        return Either.left(corrupt(fileName, "its top level is not a JSON object"));
      }
      return Either.right(config);
    } catch (StreamConstraintsException e) {
      return Either.left(
          corrupt(
              fileName,
              "it holds more than "
                  + MAX_TOKENS
                  + " JSON tokens or nests deeper than 64 (a model config has a few thousand)"));
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

  @Override
  public Either<RepositoryFailure, SafetensorsIndex> parseSafetensorsIndex(
      String path, byte[] content) {
    return SafetensorsIndexJson.parse(path, content);
  }

  private static RepositoryFailure corrupt(String fileName, String why) {
    return new RepositoryFailure.Corrupt(
        fileName,
        fileName + " is not valid JSON: " + why + ".",
        "Fix or re-download " + fileName + "; it must be a JSON object.");
  }
}
