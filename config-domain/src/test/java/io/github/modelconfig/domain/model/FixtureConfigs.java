package io.github.modelconfig.domain.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test support: loads the real model configs copied from shared/fixtures into test resources. */
public final class FixtureConfigs {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FixtureConfigs() {}

  public static RawModelConfig load(String model, String file) {
    String path = "/fixtures/models/" + model + "/" + file;
    try (InputStream in = FixtureConfigs.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return object(JSON.readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    }
  }

  private static RawModelConfig object(JsonNode node) {
    Map<String, Object> values = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> values.put(e.getKey(), value(e.getValue())));
    return RawModelConfig.of(values);
  }

  private static Object value(JsonNode n) {
    if (n.isObject()) {
      return object(n);
    }
    if (n.isArray()) {
      List<Object> list = new ArrayList<>();
      n.forEach(x -> list.add(value(x)));
      return list;
    }
    if (n.isIntegralNumber()) {
      return n.longValue();
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    return n.isTextual() ? n.textValue() : RawModelConfig.JSON_NULL;
  }
}
