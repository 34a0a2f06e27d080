package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.DevicesModule;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.RequestError;
import io.vavr.control.Either;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * CLI: {@code --target NAME[:COUNT]} and {@code --targets-file}, what-if planning on named GPUs.
 */
public final class TargetOptions {

  @Option(
      names = "--target",
      paramLabel = "NAME[:COUNT]",
      description = "Plan for GPUs you don't have, e.g. h100-80gb:8 (replaces device discovery).")
  String target;

  @Option(
      names = "--targets-file",
      paramLabel = "FILE",
      description = "Custom targets, one per line: name = MiB [compute_capability] [display name].")
  String targetsFile;

  /** The settings with these targets applied, or the error that names the known targets. */
  Either<ConfigError, AppSettings> apply(AppSettings settings) {
    AppSettings applied =
        settings.withTarget(Optional.ofNullable(target), Optional.ofNullable(targetsFile));
    return DevicesModule.catalog(applied)
        .<ConfigError>mapLeft(
            message ->
                new RequestError(
                    "invalid_target",
                    "target",
                    message + ".",
                    "Use --target NAME[:COUNT], e.g. --target h100-80gb:8, or define it in "
                        + "--targets-file."))
        .map(catalog -> applied);
  }
}
