package io.github.modelconfig.adapter.huggingface.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Driven-adapter helper: reads one JSON value with Jackson's streaming parser into plain typed
 * values: objects (as {@code objects} makes them from an ordered map), unmodifiable lists, {@link
 * Long} (integers past the long range as {@link Double}), {@link Double}, {@link Boolean}, {@link
 * String} and {@code nullValue}. No ObjectMapper: its class set-up costs every CLI start.
 */
final class JsonValues {

  private JsonValues() {}

  /**
   * The one value in {@code content}, or {@code null} when there is none; anything but whitespace
   * after it is refused (Python's json.loads and serde_json refuse it too). Syntax errors and the
   * factory's limits (nesting, tokens, duplicate keys) surface as the parser's exceptions.
   */
  static Object readWhole(
      JsonFactory factory,
      byte[] content,
      Function<Map<String, Object>, Object> objects,
      Object nullValue)
      throws IOException {
    try (JsonParser parser = factory.createParser(content)) {
      JsonToken first = parser.nextToken();
      Object value = first == null ? null : value(parser, first, objects, nullValue);
      if (first != null && parser.nextToken() != null) {
        throw new JsonParseException(parser, "content after the JSON value");
      }
      return value;
    }
  }

  private static Object value(
      JsonParser parser,
      JsonToken token,
      Function<Map<String, Object>, Object> objects,
      Object nullValue)
      throws IOException {
    switch (token) {
      case START_OBJECT:
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          fields.put(name, value(parser, next(parser), objects, nullValue));
        }
        return objects.apply(fields);
      case START_ARRAY:
        List<Object> items = new ArrayList<>();
        for (JsonToken t = next(parser); t != JsonToken.END_ARRAY; t = next(parser)) {
          items.add(value(parser, t, objects, nullValue));
        }
        return Collections.unmodifiableList(items);
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? (Object) parser.getBigIntegerValue().doubleValue()
            : (Object) parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NULL:
        return nullValue;
      default:
        throw new JsonParseException(parser, "Unexpected token " + token);
    }
  }

  private static JsonToken next(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new JsonParseException(parser, "Unexpected end-of-input");
    }
    return token;
  }
}
