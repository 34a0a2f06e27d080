package io.github.modelconfig.adapter.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.modelconfig.domain.model.RawModelConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Driven-adapter helper: converts Jackson trees into the domain's plain typed values. */
final class JsonValues {

  private JsonValues() {}

  static RawModelConfig object(JsonNode node) {
    Map<String, Object> values = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> values.put(e.getKey(), value(e.getValue())));
    return RawModelConfig.of(values);
  }

  static Object value(JsonNode node) {
    if (node.isObject()) {
      return object(node);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(item -> list.add(value(item)));
      return java.util.Collections.unmodifiableList(list);
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    return RawModelConfig.JSON_NULL;
  }
}
