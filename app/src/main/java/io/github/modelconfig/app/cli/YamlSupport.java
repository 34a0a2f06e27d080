package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.request.RawSetting;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Optional;

/**
 * CLI rule: config files (and {@code --vision-config-overrides} text) are read with
 * jackson-dataformat-yaml, an optional dependency of the library; without it they are a clear error
 * instead of a missing class.
 */
final class YamlSupport {

  static final String MAPPER = "com.fasterxml.jackson.dataformat.yaml.YAMLMapper";
  private static final String HINT =
      "Add com.fasterxml.jackson.dataformat:jackson-dataformat-yaml to the classpath (the"
          + " modelconfig launcher has it), or give the settings as flags.";

  private YamlSupport() {}

  /** Whether the YAML reader is on this class's class path. */
  static boolean present() {
    try {
      Class.forName(MAPPER, false, YamlSupport.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The error for a config file or overrides text when the YAML reader is absent. */
  static Option<ConfigError> missingFor(
      Optional<String> configFile, Map<String, RawSetting> flags, boolean present) {
    if (present) {
      return Option.none();
    }
    if (configFile.isPresent()) {
      return Option.of(
          new ConfigError(
              ErrorCode.CONFIG_FILE,
              "config_file",
              "Cannot read config file '"
                  + configFile.get()
                  + "': jackson-dataformat-yaml is not on the classpath.",
              HINT));
    }
    if (flags.containsKey("vision_config_overrides")) {
      return Option.of(
          new ConfigError(
              ErrorCode.CONFIG_FILE,
              "vision_config_overrides",
              "Cannot read vision_config_overrides: jackson-dataformat-yaml is not on the"
                  + " classpath.",
              HINT));
    }
    return Option.none();
  }
}
