package io.github.modelconfig.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Adapter: the only class that touches jackson-dataformat-yaml (an optional dependency); {@link
 * ConfigDocuments} checks that it is on the class path before loading this one.
 */
final class YamlDocuments {

  private static final ObjectMapper MAPPER = new YAMLMapper();

  private YamlDocuments() {}

  /** The YAML document of {@code file} as plain values. */
  static Object read(Path file) throws IOException {
    return ConfigDocuments.parse(MAPPER, MAPPER.readTree(file.toFile()));
  }
}
