package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.repo.SafetensorsIndexes;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: every shard a safetensors index names is inside the repo and in it; otherwise the weights
 * are incomplete (their size would cover only part of the model, and loading them would fail). MAX
 * globs the files and never reads the index, so it finds out only when it loads them.
 */
final class ShardPresence {

  private ShardPresence() {}

  static List<ConfigError> missing(ModelSnapshot snapshot) {
    List<ConfigError> errors = new ArrayList<>();
    for (SafetensorsIndex asWritten : snapshot.safetensorsIndexes().values()) {
      Either<ConfigError, SafetensorsIndex> located = SafetensorsIndexes.located(asWritten);
      if (located.isLeft()) {
        errors.add(located.getLeft());
        continue;
      }
      SafetensorsIndex index = located.get();
      List<String> absent =
          index.shards().stream().filter(shard -> snapshot.file(shard).isEmpty()).toList();
      if (!absent.isEmpty()) {
        errors.add(
            new ConfigError(
                ErrorCode.MISSING_WEIGHT_SHARD,
                index.path(),
                index.path()
                    + " puts tensors in "
                    + absent.size()
                    + " of its "
                    + index.shards().size()
                    + " shards that are not in the repo: "
                    + String.join(", ", absent.subList(0, Math.min(5, absent.size())))
                    + (absent.size() > 5 ? ", ..." : "")
                    + "; the weights are incomplete.",
                "Download the missing shards (modelconfig download MODEL), or remove the index if"
                    + " the model is meant to be one file."));
      }
    }
    return errors;
  }
}
