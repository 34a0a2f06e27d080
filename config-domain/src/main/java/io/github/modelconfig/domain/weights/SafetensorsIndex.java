package io.github.modelconfig.domain.weights;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value: a sharded safetensors index ({@code *.safetensors.index.json}): tensor name to the
 * repo-relative shard path, and the declared {@code metadata.total_size} in bytes.
 */
public record SafetensorsIndex(String path, Map<String, String> weightMap, Option<Long> totalSize) {

  public SafetensorsIndex {
    Objects.requireNonNull(path, "path");
    weightMap = Collections.unmodifiableMap(new LinkedHashMap<>(weightMap));
    Objects.requireNonNull(totalSize, "totalSize");
  }

  /** The shard paths, distinct, in first-seen order. */
  public List<String> shards() {
    return weightMap.values().stream().distinct().toList();
  }
}
