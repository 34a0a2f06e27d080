package io.github.modelconfig.adapter.devices;

import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adapter helper: a tiny reader for the two-level JSON of {@code rocm-smi --json}: an object of
 * objects whose values are scalars, kept as text. Deeper values are skipped; depth is bounded.
 */
final class FlatJson {

  private static final int MAX_DEPTH = 16;

  private final String text;
  private int pos;

  private FlatJson(String text) {
    this.text = text;
  }

  static Either<String, Map<String, Map<String, String>>> parse(String text) {
    FlatJson reader = new FlatJson(text);
    try {
      Map<String, Map<String, String>> result = new LinkedHashMap<>();
      reader.expect('{');
      if (!reader.consume('}')) {
        do {
          String key = reader.string();
          reader.expect(':');
          reader.skipSpace();
          if (reader.peek() == '{') {
            result.put(key, reader.scalars());
          } else {
            reader.skipValue(0);
          }
        } while (reader.consume(','));
        reader.expect('}');
      }
      return Either.right(result);
    } catch (IllegalStateException e) {
      return Either.left("invalid JSON at offset " + reader.pos + ": " + e.getMessage());
    }
  }

  private Map<String, String> scalars() {
    Map<String, String> values = new LinkedHashMap<>();
    expect('{');
    if (consume('}')) {
      return values;
    }
    do {
      String key = string();
      expect(':');
      skipSpace();
      char c = peek();
      if (c == '"') {
        values.put(key, string());
      } else if (c == '{' || c == '[') {
        skipValue(1);
      } else {
        int start = pos;
        skipValue(1);
        values.put(key, text.substring(start, pos).strip());
      }
    } while (consume(','));
    expect('}');
    return values;
  }

  private void skipValue(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("nested too deeply");
    }
    skipSpace();
    char c = peek();
    if (c == '"') {
      string();
    } else if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      pos++;
      if (consume(close)) {
        return;
      }
      do {
        if (c == '{') {
          string();
          expect(':');
        }
        skipValue(depth + 1);
      } while (consume(','));
      expect(close);
    } else {
      while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder s = new StringBuilder();
    while (pos < text.length() && text.charAt(pos) != '"') {
      char c = text.charAt(pos++);
      if (c == '\\' && pos < text.length()) {
        char e = text.charAt(pos++);
        s.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'u' ? unicode() : e);
      } else {
        s.append(c);
      }
    }
    expect('"');
    return s.toString();
  }

  private char unicode() {
    if (pos + 4 > text.length()) {
      throw new IllegalStateException("short \\u escape");
    }
    try {
      char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
      pos += 4;
      return c;
    } catch (NumberFormatException e) {
      throw new IllegalStateException("bad \\u escape");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    skipSpace();
    if (pos >= text.length()) {
      throw new IllegalStateException("unexpected end");
    }
    return text.charAt(pos);
  }

  private boolean consume(char c) {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw new IllegalStateException("expected '" + c + "'");
    }
  }
}
