package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapter part: the what-if target models, built in and from the user's targets file (lines {@code
 * name, memory_mib[, compute_capability[, display name]]}, {@code #} comments), read when asked.
 */
final class KnownTargets {

  private final Option<Path> userFile;

  KnownTargets(Option<Path> userFile) {
    this.userFile = userFile;
  }

  /** The names, built-in first; a user line may redefine a built-in name. */
  Either<ConfigError, List<String>> names() {
    return models().map(m -> List.copyOf(m.keySet()));
  }

  /** The models by name, or why the user's file cannot be read. */
  Either<ConfigError, Map<String, TargetModel>> models() {
    Map<String, TargetModel> known = new LinkedHashMap<>();
    TargetModel.BUILT_IN.forEach(m -> known.put(m.key(), m));
    if (userFile.isEmpty()) {
      return Either.right(known);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(userFile.get());
    } catch (IOException e) {
      return Either.left(
          error("cannot read the targets file " + userFile.get() + ": " + e.getMessage()));
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(",", 4);
      try {
        String key = f[0].strip();
        TargetModel model =
            new TargetModel(
                key,
                f.length > 3 ? f[3].strip() : key,
                Long.parseLong(f[1].strip()),
                f.length > 2 && !f[2].isBlank() ? Option.of(f[2].strip()) : Option.none());
        known.put(model.key(), model);
      } catch (RuntimeException e) {
        return Either.left(
            error(
                userFile.get()
                    + " line "
                    + (i + 1)
                    + ": expected 'name, memory_mib[, compute_capability[, display name]]', got '"
                    + line
                    + "'"));
      }
    }
    return Either.right(known);
  }

  /** A problem with {@code --target} or the targets file, as the user sees it. */
  static ConfigError error(String problem) {
    return new ConfigError(
        ErrorCode.UNKNOWN_TARGET,
        "target",
        problem + ".",
        "Use --target NAME[:COUNT] with a listed name (modelconfig devices --list-targets), or add"
            + " it to the file in MODELCONFIG_TARGETS_FILE ('name, memory_mib, compute_cap').");
  }
}
