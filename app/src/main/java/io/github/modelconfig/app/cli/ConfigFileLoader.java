package io.github.modelconfig.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.request.RawSetting;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CLI: merges a YAML (or JSON) config file under the flags: flags beat the file, the file beats
 * defaults. {@code section_name} picks a section; nested {@code kv_cache}/{@code kv_cache_config}
 * and {@code lora_config} sections are flattened as MAX's CLI does.
 */
final class ConfigFileLoader {

  /** Created on first use: most runs have no config file and skip the YAML mapper's start-up. */
  private static final class Yaml {
    static final ObjectMapper MAPPER = new YAMLMapper();
  }

  private static final List<String> NESTED =
      List.of("kv_cache", "kv_cache_config", "lora_config", "lora");

  private ConfigFileLoader() {}

  static Validation<Seq<ConfigError>, Map<String, RawSetting>> merge(
      Optional<String> file, Optional<String> section, Map<String, RawSetting> flags, Path cwd) {
    Map<String, RawSetting> merged = new LinkedHashMap<>();
    if (file.isPresent()) {
      Validation<ConfigError, Map<String, Object>> values =
          load(cwd.resolve(file.get()), file.get(), section);
      if (values.isInvalid()) {
        return Validation.invalid(Vector.of(values.getError()));
      }
      values
          .get()
          .forEach(
              (k, v) ->
                  merged.put(k, new RawSetting(v, Source.CONFIG_FILE, file.get() + ": " + k)));
    } else if (section.isPresent()) {
      return Validation.invalid(
          Vector.of(
              error(
                  "section_name",
                  "--section-name was given without --config-file.",
                  "Add --config-file FILE, or drop --section-name.")));
    }
    merged.putAll(flags);
    RawSetting vision = merged.get("vision_config_overrides");
    if (vision != null && vision.value() instanceof String text) {
      try {
        Map<String, Object> map =
            Yaml.MAPPER.readValue(text, new TypeReference<Map<String, Object>>() {});
        merged.put(
            "vision_config_overrides", new RawSetting(map, vision.source(), vision.detail()));
      } catch (JsonProcessingException e) {
        return Validation.invalid(
            Vector.of(
                error(
                    "vision_config_overrides",
                    "vision_config_overrides is not a JSON object: " + e.getOriginalMessage() + ".",
                    "Give it as JSON, e.g. --vision-config-overrides '{\"max_dynamic_patch\": 12}'.")));
      }
    }
    return Validation.valid(merged);
  }

  private static Validation<ConfigError, Map<String, Object>> load(
      Path path, String name, Optional<String> section) {
    Object root;
    try {
      // An empty document (no content, only comments, "---" or "null") counts as {} (§9 step 1).
      JsonNode tree = Yaml.MAPPER.readTree(path.toFile());
      root =
          tree == null || tree.isMissingNode() || tree.isNull()
              ? Map.of()
              : Yaml.MAPPER.treeToValue(tree, Object.class);
    } catch (IOException e) {
      return Validation.invalid(
          error(
              "config_file",
              "Cannot read config file '" + name + "': " + message(e) + ".",
              "Check the path and the YAML syntax of --config-file."));
    }
    if (!(root instanceof Map<?, ?> map)) {
      return Validation.invalid(
          error(
              "config_file",
              "Configuration file '" + name + "' must contain a mapping at the root.",
              "Write the file as 'key: value' lines (a YAML mapping)."));
    }
    Map<String, Object> data = strings(map);
    if (section.isPresent()) {
      Object picked = data.get(section.get());
      if (!(picked instanceof Map<?, ?> sectionMap)) {
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
      data = strings(sectionMap);
    }
    Map<String, Object> flat = new LinkedHashMap<>();
    data.forEach(
        (k, v) -> {
          if (NESTED.contains(k) && v instanceof Map<?, ?> nested) {
            flat.putAll(strings(nested));
          } else if (v != null) {
            flat.put(k, v);
          }
        });
    return Validation.valid(flat);
  }

  private static Map<String, Object> strings(Map<?, ?> map) {
    Map<String, Object> result = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          if (v != null) {
            result.put(String.valueOf(k), v);
          }
        });
    return result;
  }

  private static String message(IOException e) {
    return e instanceof JsonProcessingException j
        ? j.getOriginalMessage()
        : e.getClass().getSimpleName() + " " + e.getMessage();
  }

  private static ConfigError error(String field, String message, String hint) {
    return new ConfigError(ErrorCode.CONFIG_FILE, field, message, hint);
  }
}
