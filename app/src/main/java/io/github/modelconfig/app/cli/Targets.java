package io.github.modelconfig.app.cli;

import io.github.modelconfig.adapter.devices.DeviceCatalogs;
import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Option;

/** CLI rule: checks {@code --target} before the injector is built, as a user-facing error. */
final class Targets {

  private Targets() {}

  static Option<ConfigError> check(AppSettings settings) {
    if (settings.target().isEmpty()) {
      return Option.none();
    }
    return DeviceCatalogs.target(settings.target().get(), settings.targetsFile())
        .fold(
            message ->
                Option.of(
                    new ConfigError(
                        ErrorCode.UNKNOWN_TARGET,
                        "target",
                        message + ".",
                        "Use --target NAME[:COUNT] with a listed name (modelconfig devices"
                            + " --list-targets), or add it to the file in"
                            + " MODELCONFIG_TARGETS_FILE ('name, memory_mib, compute_cap').")),
            catalog -> Option.none());
  }
}
