package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.request.Fields;
import io.github.modelconfig.domain.request.RawSetting;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CLI value: what one resolve request sets: its settings by field name, its config file and
 * section, {@code --offline} and {@code --target}. A batch line's sit over the batch command line's
 * ({@link #under}): the line's win, the rest are inherited.
 */
record LineSettings(
    Map<String, RawSetting> flags,
    Optional<String> configFile,
    Optional<String> sectionName,
    boolean offline,
    Optional<String> target) {

  LineSettings {
    flags = new LinkedHashMap<>(flags);
  }

  /** What the parsed options of {@code resolve} set. */
  static LineSettings of(ResolveOptions options) {
    return new LineSettings(
        options.flagSettings(),
        options.configFile(),
        options.sectionName(),
        options.offline(),
        options.target());
  }

  /** {@code line}'s settings over these: its flags win by field, its config file and target too. */
  LineSettings under(LineSettings line) {
    Map<String, RawSetting> merged = new LinkedHashMap<>(flags);
    merged.putAll(line.flags());
    boolean ownFile = line.configFile().isPresent();
    return new LineSettings(
        merged,
        ownFile ? line.configFile() : configFile,
        ownFile ? line.sectionName() : sectionName,
        offline || line.offline(),
        line.target().isPresent() ? line.target() : target);
  }

  /** These settings with {@code more} settings winning over the flags (a JSON line's). */
  LineSettings withFlags(Map<String, RawSetting> more) {
    Map<String, RawSetting> merged = new LinkedHashMap<>(flags);
    merged.putAll(more);
    return new LineSettings(merged, configFile, sectionName, offline, target);
  }

  /** The model these name ({@code model_path} as given), for a batch line's record. */
  Option<String> reference() {
    return Option.of(flags.get(Fields.MODEL_PATH.name())).map(s -> String.valueOf(s.value()));
  }

  /** The process's settings as these decide them ({@code --offline}, {@code --target}). */
  AppSettings decide(AppSettings settings) {
    return settings.withOffline(offline).withTarget(Option.ofOptional(target));
  }

  /** The query: the config file under the flags, bound; every problem at once. */
  Validation<Seq<ConfigError>, ResolveQuery> query(Path workingDirectory) {
    Option<ConfigError> noYaml = YamlSupport.missingFor(configFile, flags, YamlSupport.present());
    if (noYaml.isDefined()) {
      return Validation.invalid(Vector.of(noYaml.get()));
    }
    return ConfigFileLoader.merge(configFile, sectionName, flags, workingDirectory)
        .flatMap(ResolveQuery::fromSettings);
  }
}
