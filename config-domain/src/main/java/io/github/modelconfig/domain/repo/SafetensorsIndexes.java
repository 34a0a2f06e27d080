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

  /** A parsed index file, its shard names checked and given from the repo root. */
  public static Either<ConfigError, SafetensorsIndex> parse(String path, RawModelConfig json) {
    return summarise(path, json).flatMap(SafetensorsIndexes::located);
  }

  /** A parsed index file as it names its shards (relative to its folder), unchecked. */
  public static Either<ConfigError, SafetensorsIndex> summarise(String path, RawModelConfig json) {
    Option<RawModelConfig> map = json.object("weight_map");
    if (map.isEmpty()) {
      return Either.left(invalid(path, "has no \"weight_map\" object"));
    }
    Map<String, Long> byShard = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map.get().values().entrySet()) {
      if (!(e.getValue() instanceof String shard)) {
        return Either.left(invalid(path, "maps '" + e.getKey() + "' to a non-string"));
      }
      byShard.merge(shard, 1L, Long::sum);
    }
    return Either.right(
        new SafetensorsIndex(
            path, byShard, json.object("metadata").flatMap(m -> m.integer("total_size"))));
  }

  /** An index as its file names the shards, checked to stay inside the repo and located in it. */
  public static Either<ConfigError, SafetensorsIndex> located(SafetensorsIndex asWritten) {
    return of(asWritten.path(), asWritten.tensorsByShard(), asWritten.totalSize());
  }

  /**
   * An index from its tensor counts per shard as the file names them (relative to the index's
   * folder): every shard name must stay inside the repo; the result names them from the repo root.
   */
  public static Either<ConfigError, SafetensorsIndex> of(
      String path, Map<String, Long> tensorsByShard, Option<Long> totalSize) {
    int slash = path.lastIndexOf('/');
    String folder = slash < 0 ? "" : path.substring(0, slash + 1);
    Map<String, Long> byShard = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : tensorsByShard.entrySet()) {
      if (escapes(e.getKey())) {
        return Either.left(
            invalid(path, "names the shard '" + e.getKey() + "', a path outside the repo folder"));
      }
      byShard.merge(folder + e.getKey(), e.getValue(), Long::sum);
    }
    return Either.right(new SafetensorsIndex(path, byShard, totalSize));
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
