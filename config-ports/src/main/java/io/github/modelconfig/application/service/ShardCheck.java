package io.github.modelconfig.application.service;

import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Service rule: a sharded index against its shards: every shard present, and {@code total_size}
 * equal to the tensor bytes of the shard headers that were read.
 */
final class ShardCheck {

  private ShardCheck() {}

  static List<String> warnings(
      SafetensorsIndex index,
      List<RepoFile> repoFiles,
      Map<String, SafetensorsHeader> headers,
      Option<String> only) {
    List<String> warnings = new ArrayList<>();
    long bytes = 0;
    boolean allRead = true;
    for (String shard : index.shards()) {
      if (repoFiles.stream().noneMatch(f -> f.path().equals(shard))) {
        warnings.add(index.path() + " lists shard " + shard + ", which is not in the repo.");
        allRead = false;
      } else if (headers.containsKey(shard)) {
        bytes += headers.get(shard).dataBytes();
      } else {
        allRead = false;
      }
    }
    long read = bytes;
    if (allRead && only.isEmpty()) {
      index
          .totalSize()
          .filter(total -> total != read)
          .forEach(
              total ->
                  warnings.add(
                      index.path()
                          + " declares total_size "
                          + total
                          + " but its shards hold "
                          + read
                          + " bytes of tensors."));
    }
    return warnings;
  }
}
