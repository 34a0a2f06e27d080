package io.github.modelconfig.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Adapter: a config file's root mapping, read as JSON ({@code .json}, jackson-databind) or YAML
 * (anything else, through {@link YamlDocuments}, which needs jackson-dataformat-yaml). An empty
 * document (no content, only comments, {@code ---} or {@code null}) is an empty mapping (§9 step
 * 1).
 */
final class ConfigDocuments {

  private static final String YAML_MAPPER = "com.fasterxml.jackson.dataformat.yaml.YAMLMapper";

  /** Created on first use: most runs have no config file. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private ConfigDocuments() {}

  static Validation<ConfigError, Map<String, Object>> read(Path file, String shownAs) {
    boolean json = file.getFileName() != null && isJson(file.getFileName().toString());
    if (!json && !yamlAvailable()) {
      return Validation.invalid(noYaml(shownAs));
    }
    Object root;
    try {
      root =
          json ? parse(Json.MAPPER, Json.MAPPER.readTree(file.toFile())) : YamlDocuments.read(file);
    } catch (IOException e) {
      return Validation.invalid(
          ConfigFiles.error(
              "config_file",
              "Cannot read config file '" + shownAs + "': " + message(e) + ".",
              "Check the path and the " + (json ? "JSON" : "YAML") + " syntax of --config-file."));
    } catch (LinkageError e) {
      return Validation.invalid(noYaml(shownAs));
    }
    if (!(root instanceof Map<?, ?> map)) {
      return Validation.invalid(
          ConfigFiles.error(
              "config_file",
              "Configuration file '" + shownAs + "' must contain a mapping at the root.",
              json
                  ? "Write the file as one JSON object of settings."
                  : "Write the file as 'key: value' lines (a YAML mapping)."));
    }
    return Validation.valid(strings(map));
  }

  /** The tree as plain values; an empty document as an empty mapping. */
  static Object parse(ObjectMapper mapper, JsonNode tree) throws JsonProcessingException {
    return tree == null || tree.isMissingNode() || tree.isNull()
        ? Map.of()
        : mapper.treeToValue(tree, Object.class);
  }

  /** A mapping's entries with text keys, without null values. */
  static Map<String, Object> strings(Map<?, ?> map) {
    Map<String, Object> result = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          if (v != null) {
            result.put(String.valueOf(k), v);
          }
        });
    return result;
  }

  private static boolean isJson(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static boolean yamlAvailable() {
    try {
      Class.forName(YAML_MAPPER, false, ConfigDocuments.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static ConfigError noYaml(String shownAs) {
    return ConfigFiles.error(
        "config_file",
        "Cannot read config file '"
            + shownAs
            + "': reading YAML needs jackson-dataformat-yaml, which is not on the class path.",
        "Add com.fasterxml.jackson.dataformat:jackson-dataformat-yaml to the class path, or write "
            + "the settings as a JSON file (name ending in .json).");
  }

  private static String message(IOException e) {
    return e instanceof JsonProcessingException j
        ? j.getOriginalMessage()
        : e.getClass().getSimpleName() + " " + e.getMessage();
  }
}
