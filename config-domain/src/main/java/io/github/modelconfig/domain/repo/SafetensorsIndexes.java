package io.github.modelconfig.domain.repo;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rule: reads a parsed {@code *.safetensors.index.json} into a {@link SafetensorsIndex}; shard
 * names are relative to the index's folder and must stay inside the repo (no {@code ..}, absolute
 * paths or backslashes).
 */
public final class SafetensorsIndexes {

  private SafetensorsIndexes() {}

  public static boolean isIndex(String path) {
    return path.endsWith(".safetensors.index.json");
  }

  public static Either<ConfigError, SafetensorsIndex> parse(String path, RawModelConfig json) {
    Option<RawModelConfig> map = json.object("weight_map");
    if (map.isEmpty()) {
      return Either.left(invalid(path, "has no \"weight_map\" object"));
    }
    int slash = path.lastIndexOf('/');
    String folder = slash < 0 ? "" : path.substring(0, slash + 1);
    Map<String, String> weights = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map.get().values().entrySet()) {
      if (!(e.getValue() instanceof String shard)) {
        return Either.left(invalid(path, "maps '" + e.getKey() + "' to a non-string"));
      }
      if (escapes(shard)) {
        return Either.left(
            invalid(
                path,
                "maps '" + e.getKey() + "' to '" + shard + "', a path outside the repo folder"));
      }
      weights.put(e.getKey(), folder + shard);
    }
    Option<Long> total = json.object("metadata").flatMap(m -> m.integer("total_size"));
    return Either.right(new SafetensorsIndex(path, weights, total));
  }

  private static boolean escapes(String shard) {
    return shard.isEmpty()
        || shard.startsWith("/")
        || shard.contains("\\")
        || shard.contains(":")
        || shard.equals("..")
        || shard.startsWith("../")
        || shard.contains("/../")
        || shard.endsWith("/..");
  }

  private static ConfigError invalid(String path, String what) {
    return new ConfigError(
        ErrorCode.INVALID_WEIGHT_MAP,
        path,
        path + " " + what + ".",
        "Regenerate the index with the shard file names next to it (e.g. "
            + "model-00001-of-00002.safetensors).");
  }
}
