package io.github.modelconfig.domain.weights;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value: a sharded safetensors index ({@code *.safetensors.index.json}), summarised: how many
 * tensors its {@code weight_map} puts in each repo-relative shard path (in first-seen order), and
 * the declared {@code metadata.total_size} in bytes. Tensor names are not kept.
 */
public record SafetensorsIndex(
    String path, Map<String, Long> tensorsByShard, Option<Long> totalSize) {

  public SafetensorsIndex {
    Objects.requireNonNull(path, "path");
    tensorsByShard = Collections.unmodifiableMap(new LinkedHashMap<>(tensorsByShard));
    Objects.requireNonNull(totalSize, "totalSize");
  }

  /** The summary of a whole weight map (tensor name to shard path). */
  public static SafetensorsIndex ofWeightMap(
      String path, Map<String, String> weightMap, Option<Long> totalSize) {
    Map<String, Long> byShard = new LinkedHashMap<>();
    weightMap.values().forEach(shard -> byShard.merge(shard, 1L, Long::sum));
    return new SafetensorsIndex(path, byShard, totalSize);
  }

  /** The shard paths, distinct, in first-seen order. */
  public List<String> shards() {
    return List.copyOf(tensorsByShard.keySet());
  }

  public long tensorCount() {
    return tensorsByShard.values().stream().mapToLong(Long::longValue).sum();
  }
}
