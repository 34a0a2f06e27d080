package io.github.modelconfig.adapter.huggingface.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Driven adapter: streams a {@code *.safetensors.index.json} into tensor counts per shard and
 * {@code metadata.total_size}, keeping no tensor name, so the largest index a repo may hold (16
 * MiB, a few hundred thousand tensors) costs a map of its shards; at most {@link #MAX_SHARDS} of
 * them.
 */
final class SafetensorsIndexJson {

  /** Distinct shards at most (published models have up to a few hundred). */
  static final int MAX_SHARDS = 65_536;

  private static final JsonFactory STREAMING =
      JsonFactory.builder()
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(64).maxNameLength(1 << 16).build())
          .build();

  private SafetensorsIndexJson() {}

  static Either<RepositoryFailure, SafetensorsIndex> parse(String path, byte[] content) {
    Map<String, Long> byShard = new LinkedHashMap<>();
    Option<Long> total = Option.none();
    try (JsonParser p = STREAMING.createParser(content)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Either.left(corrupt(path, "its top level is not a JSON object"));
      }
      boolean map = false;
      for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
        JsonToken value = p.nextToken();
        if (key.equals("weight_map") && value == JsonToken.START_OBJECT) {
          map = true;
          for (String tensor = p.nextFieldName(); tensor != null; tensor = p.nextFieldName()) {
            if (p.nextToken() != JsonToken.VALUE_STRING) {
              return Either.left(corrupt(path, "weight_map maps '" + tensor + "' to a non-string"));
            }
            byShard.merge(p.getText(), 1L, Long::sum);
            if (byShard.size() > MAX_SHARDS) {
              return Either.left(
                  corrupt(path, "weight_map names more than " + MAX_SHARDS + " shards"));
            }
          }
        } else if (key.equals("metadata") && value == JsonToken.START_OBJECT) {
          total = totalSize(p);
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        return Either.left(corrupt(path, "content follows its JSON object"));
      }
      if (!map) {
        return Either.left(corrupt(path, "it has no \"weight_map\" object"));
      }
    } catch (JsonProcessingException e) {
      return Either.left(corrupt(path, e.getOriginalMessage()));
    } catch (IOException e) {
      return Either.left(corrupt(path, e.getMessage()));
    }
    return Either.right(new SafetensorsIndex(path, byShard, total));
  }

  private static Option<Long> totalSize(JsonParser p) throws IOException {
    Option<Long> total = Option.none();
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      if (key.equals("total_size")
          && value == JsonToken.VALUE_NUMBER_INT
          && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
        total = Option.of(p.getLongValue());
      } else {
        p.skipChildren();
      }
    }
    return total;
  }

  private static RepositoryFailure corrupt(String path, String why) {
    return new RepositoryFailure.Corrupt(
        path,
        path + " is not a valid safetensors index: " + why + ".",
        "Regenerate or re-download " + path + ".");
  }
}
