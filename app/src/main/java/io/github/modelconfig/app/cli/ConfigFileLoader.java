package io.github.modelconfig.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.app.config.ConfigFiles;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.request.CliOption;
import io.github.modelconfig.domain.request.DraftModels;
import io.github.modelconfig.domain.request.Field;
import io.github.modelconfig.domain.request.FieldTable;
import io.github.modelconfig.domain.request.Fields;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.request.ValueKind;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CLI: merges {@code --config-file} (read by {@link ConfigFiles}) under the flags: flags beat the
 * file, the file beats defaults. Flag text of a mapping field ({@code --vision-config-overrides})
 * is read as a JSON object.
 */
final class ConfigFileLoader {

  /** Created on first use: most runs have no mapping flag. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private ConfigFileLoader() {}

  static Validation<Seq<ConfigError>, Map<String, RawSetting>> merge(
      Optional<String> file, Optional<String> section, Map<String, RawSetting> flags, Path cwd) {
    return merge(file, section, flags, cwd, Fields.TABLE);
  }

  static Validation<Seq<ConfigError>, Map<String, RawSetting>> merge(
      Optional<String> file,
      Optional<String> section,
      Map<String, RawSetting> flags,
      Path cwd,
      FieldTable table) {
    Map<String, RawSetting> merged = new LinkedHashMap<>();
    if (file.isPresent()) {
      Validation<Seq<ConfigError>, Map<String, RawSetting>> loaded =
          ConfigFiles.of(table)
              .load(cwd.resolve(file.get()), file.get(), Option.ofOptional(section));
      if (loaded.isInvalid()) {
        return loaded;
      }
      merged.putAll(loaded.get());
    } else if (section.isPresent()) {
      return Validation.invalid(
          Vector.of(
              new ConfigError(
                  ErrorCode.CONFIG_FILE,
                  "section_name",
                  "--section-name was given without --config-file.",
                  "Add --config-file FILE, or drop --section-name.")));
    }
    merged.putAll(flags);
    return mappings(merged, table);
  }

  /** Text values of mapping fields (and their draft's) as the JSON objects they spell. */
  private static Validation<Seq<ConfigError>, Map<String, RawSetting>> mappings(
      Map<String, RawSetting> settings, FieldTable table) {
    List<ConfigError> errors = new ArrayList<>();
    for (Field<?> field : table.fields()) {
      if (field.rule().kind() == ValueKind.MAPPING) {
        for (String key : List.of(field.name(), DraftModels.PREFIX + field.name())) {
          RawSetting raw = settings.get(key);
          if (raw != null && raw.value() instanceof String text) {
            jsonObject(key, text)
                .peek(map -> settings.put(key, new RawSetting(map, raw.source(), raw.detail())))
                .peekLeft(errors::add);
          }
        }
      }
    }
    return errors.isEmpty() ? Validation.valid(settings) : Validation.invalid(Vector.ofAll(errors));
  }

  private static Either<ConfigError, Map<String, Object>> jsonObject(String key, String text) {
    String problem;
    try {
      Map<String, Object> map =
          Json.MAPPER.readValue(text, new TypeReference<Map<String, Object>>() {});
      if (map != null) {
        return Either.right(map);
      }
      problem = "null";
    } catch (JsonProcessingException e) {
      problem = e.getOriginalMessage();
    }
    return Either.left(
        new ConfigError(
            ErrorCode.CONFIG_FILE,
            key,
            key + " is not a JSON object: " + problem + ".",
            "Give it as JSON, e.g. " + CliOption.optionName(key) + " '{\"name\": 12}'."));
  }
}
