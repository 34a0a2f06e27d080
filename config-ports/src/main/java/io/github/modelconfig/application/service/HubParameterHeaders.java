package io.github.modelconfig.application.service;

import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.TensorInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule: when the Hub's model info already counts the safetensors parameters per dtype, no weight
 * header is read: the counts stand for the headers (one entry per dtype on the first shard, the
 * other shards empty), marked with {@link #SOURCE} in their metadata.
 */
final class HubParameterHeaders {

  /** The metadata key and value that mark a header made from the Hub's counts. */
  static final String SOURCE = "modelconfig.source";

  static final String HUB_MODEL_INFO = "hub-model-info";

  private HubParameterHeaders() {}

  static Map<String, SafetensorsHeader> of(Map<String, Long> counts, List<RepoFile> shards) {
    Map<String, SafetensorsHeader> headers = new LinkedHashMap<>();
    for (int i = 0; i < shards.size(); i++) {
      List<TensorInfo> tensors =
          i > 0
              ? List.of()
              : counts.entrySet().stream()
                  .filter(e -> e.getValue() > 0)
                  .map(
                      e ->
                          new TensorInfo(
                              "(hub parameters " + e.getKey() + ")",
                              e.getKey(),
                              List.of(e.getValue()),
                              0,
                              0))
                  .toList();
      headers.put(
          shards.get(i).path(), new SafetensorsHeader(tensors, Map.of(SOURCE, HUB_MODEL_INFO), 0));
    }
    return headers;
  }
}
