package io.github.modelconfig.app.config;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.request.FieldTable;
import io.github.modelconfig.domain.request.Fields;
import io.github.modelconfig.domain.request.RawSetting;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Service: reads a config file (MAX's {@code config_file} + {@code section_name}): a YAML or JSON
 * mapping of settings by field name, or the section of it that {@code section} names. Sections of
 * the field table nested in it ({@code kv_cache}, {@code kv_cache_config}, {@code lora}, {@code
 * lora_config}) are flattened, and every accepted spelling becomes the field's name ({@code
 * device_specs} is {@code devices}). The settings carry {@link Source#CONFIG_FILE}; binding them
 * ({@code RequestBinder}) reports bad values and unknown keys.
 */
public final class ConfigFiles {

  private final FieldTable table;

  private ConfigFiles(FieldTable table) {
    this.table = table;
  }

  /** Reads {@code file} for the fields of {@link Fields#TABLE}, naming it as given. */
  public static Validation<Seq<ConfigError>, Map<String, RawSetting>> load(
      Path file, Option<String> section) {
    return of(Fields.TABLE).load(file, file.toString(), section);
  }

  /** A reader of config files for the fields of {@code table}. */
  public static ConfigFiles of(FieldTable table) {
    return new ConfigFiles(table);
  }

  /**
   * Reads {@code file}; {@code shownAs} names it in errors and in each setting's detail ({@code
   * config.yaml: max_length}).
   */
  public Validation<Seq<ConfigError>, Map<String, RawSetting>> load(
      Path file, String shownAs, Option<String> section) {
    return ConfigDocuments.read(file, shownAs)
        .flatMap(data -> pick(data, section))
        .<Seq<ConfigError>>mapError(Vector::of)
        .flatMap(data -> read(data, shownAs, Source.CONFIG_FILE));
  }

  /**
   * The settings of a mapping already read (a batch line's JSON object), as a config file's root:
   * nested sections flattened, spellings canonical, null values left out; {@code shownAs} names it
   * in errors and in each setting's detail, {@code source} is their provenance.
   */
  public Validation<Seq<ConfigError>, Map<String, RawSetting>> settings(
      Map<?, ?> mapping, String shownAs, Source source) {
    return read(ConfigDocuments.strings(mapping), shownAs, source);
  }

  private static Validation<ConfigError, Map<String, Object>> pick(
      Map<String, Object> data, Option<String> section) {
    if (section.isEmpty()) {
      return Validation.valid(data);
    }
    Object picked = data.get(section.get());
    if (picked instanceof Map<?, ?> map) {
      return Validation.valid(ConfigDocuments.strings(map));
    }
    List<String> sections =
        data.entrySet().stream()
            .filter(e -> e.getValue() instanceof Map)
            .map(Map.Entry::getKey)
            .toList();
    String problem =
        picked == null
            ? "' not found in configuration file"
            : "' of the configuration file is not a mapping";
    return Validation.invalid(
        error(
            "section_name",
            "Section '" + section.get() + problem + "; available sections: " + sections + ".",
            "Use --section-name with one of " + sections + "."));
  }

  private Validation<Seq<ConfigError>, Map<String, RawSetting>> read(
      Map<String, Object> data, String shownAs, Source source) {
    Map<String, RawSetting> settings = new LinkedHashMap<>();
    Map<String, String> writtenAs = new LinkedHashMap<>();
    List<ConfigError> errors = new ArrayList<>();
    List<String> nested = table.fileSections();
    data.forEach(
        (key, value) -> {
          if (nested.contains(key) && value instanceof Map<?, ?> section) {
            ConfigDocuments.strings(section)
                .forEach((k, v) -> put(settings, writtenAs, errors, k, v, shownAs, source));
          } else {
            put(settings, writtenAs, errors, key, value, shownAs, source);
          }
        });
    return errors.isEmpty() ? Validation.valid(settings) : Validation.invalid(Vector.ofAll(errors));
  }

  /** One setting under the field's name; two spellings of one field are an error. */
  private void put(
      Map<String, RawSetting> settings,
      Map<String, String> writtenAs,
      List<ConfigError> errors,
      String key,
      Object value,
      String shownAs,
      Source source) {
    String name = table.canonicalKey(key);
    String earlier = writtenAs.put(name, key);
    if (earlier != null && !earlier.equals(key)) {
      errors.add(
          new ConfigError(
              ErrorCode.DUPLICATE_SETTING,
              name,
              (source == Source.CONFIG_FILE ? "Config file '" + shownAs + "'" : shownAs)
                  + " sets "
                  + name
                  + " twice, as "
                  + earlier
                  + " and "
                  + key
                  + ".",
              "Keep one of " + earlier + " and " + key + "."));
      return;
    }
    settings.put(name, new RawSetting(value, source, shownAs + ": " + key));
  }

  static ConfigError error(String field, String message, String hint) {
    return new ConfigError(ErrorCode.CONFIG_FILE, field, message, hint);
  }
}
