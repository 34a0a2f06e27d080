package io.github.modelconfig.domain.testdata;

import io.github.modelconfig.domain.model.RawModelConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: a minimal JSON reader building nested {@link RawModelConfig}s (no dependencies). */
public final class TestJson {

  private final String text;
  private int pos;

  private TestJson(String text) {
    this.text = text;
  }

  /** One JSON object; content after it (other than whitespace) is refused. */
  public static RawModelConfig parse(String json) {
    TestJson reader = new TestJson(json);
    RawModelConfig value = (RawModelConfig) reader.value();
    reader.skip();
    if (reader.pos < json.length()) {
      throw new IllegalArgumentException("content after the JSON value at " + reader.pos);
    }
    return value;
  }

  private Object value() {
    skip();
    char c = text.charAt(pos);
    if (c == '{') {
      return object();
    }
    if (c == '[') {
      return array();
    }
    if (c == '"') {
      return string();
    }
    for (String word : List.of("true", "false", "null")) {
      if (text.startsWith(word, pos)) {
        pos += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String number = text.substring(start, pos);
    return number.matches("-?\\d+") ? (Object) Long.valueOf(number) : Double.valueOf(number);
  }

  private RawModelConfig object() {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    skip();
    while (text.charAt(pos) != '}') {
      String key = string();
      skip();
      pos++; // ':'
      map.put(key, value());
      skip();
      if (text.charAt(pos) == ',') {
        pos++;
        skip();
      }
    }
    pos++;
    return RawModelConfig.of(map);
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    pos++;
    skip();
    while (text.charAt(pos) != ']') {
      list.add(value());
      skip();
      if (text.charAt(pos) == ',') {
        pos++;
      }
      skip();
    }
    pos++;
    return list;
  }

  private String string() {
    skip();
    StringBuilder out = new StringBuilder();
    pos++;
    while (text.charAt(pos) != '"') {
      char c = text.charAt(pos++);
      if (c == '\\') {
        char e = text.charAt(pos++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> out.append(e);
        }
      } else {
        out.append(c);
      }
    }
    pos++;
    return out.toString();
  }

  private void skip() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
