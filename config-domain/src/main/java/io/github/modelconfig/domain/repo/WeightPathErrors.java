package io.github.modelconfig.domain.repo;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.WeightPathParser.Place;
import java.util.List;
import java.util.Locale;

/** Rule: the problems a weight path can have, each with what was found and the fix. */
final class WeightPathErrors {

  private WeightPathErrors() {}

  static ConfigError cannotDeriveModelPath(String path) {
    return new ConfigError(
        ErrorCode.MODEL_PATH_NOT_DERIVABLE,
        "weight_path",
        "Unable to derive model_path from weight_path '"
            + path
            + "': it is neither a local file nor <org>/<repo>/<file> of a repo that holds it.",
        "Give --model-path (a Hugging Face repository id or folder), or a weight path such as "
            + "org/repo/model-q4_k_m.gguf.");
  }

  static ConfigError mixed(List<Place> places) {
    return new ConfigError(
        ErrorCode.WEIGHT_PATHS_MIXED,
        "weight_path",
        "weight_path mixes files from different places ("
            + String.join(
                ", ", places.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList())
            + ").",
        "Give weight files from one place: the model repo, one other repo, or one local folder.");
  }

  static ConfigError severalFolders(String first, String second) {
    return new ConfigError(
        ErrorCode.WEIGHT_PATHS_MIXED,
        "weight_path",
        "local weight files are in two folders ('" + first + "' and '" + second + "').",
        "Put the weight files of one model in one folder.");
  }
}
