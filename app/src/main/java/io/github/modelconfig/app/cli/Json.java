package io.github.modelconfig.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * CLI: writes plain maps and lists as indented JSON, or as one line (JSON Lines). Maps with text
 * keys, collections, text, numbers, booleans and nulls go through Jackson's streaming generator
 * with the pretty printer an indenting ObjectMapper uses (same bytes, without the ObjectMapper's
 * start-up); any other value falls back to the ObjectMapper.
 */
public final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** Created on first use: the CLI's own views never need it. */
  private static final class Mapper {
    static final ObjectMapper COMPACT = new ObjectMapper();
    static final ObjectMapper MAPPER = COMPACT.copy().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private Json() {}

  static String write(Object value) {
    return write(value, true);
  }

  /** {@code value} as JSON on one line, without a line break (a JSON Lines record). */
  public static String line(Object value) {
    return write(value, false);
  }

  private static String write(Object value, boolean indent) {
    try {
      if (!plain(value)) {
        return (indent ? Mapper.MAPPER : Mapper.COMPACT).writeValueAsString(value);
      }
      StringWriter text = new StringWriter();
      try (JsonGenerator out = FACTORY.createGenerator(text)) {
        if (indent) {
          out.useDefaultPrettyPrinter();
        }
        write(out, value);
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render JSON", e);
    }
  }

  /** Whether the streaming writer renders {@code value} exactly as the ObjectMapper would. */
  static boolean plain(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Double
        || value instanceof Float
        || value instanceof BigInteger
        || value instanceof BigDecimal) {
      return true;
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .allMatch(e -> e.getKey() instanceof String && plain(e.getValue()));
    }
    if (value instanceof Collection<?> items) {
      return items.stream().allMatch(Json::plain);
    }
    return false;
  }

  private static void write(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String s) {
      out.writeString(s);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof Integer i) {
      out.writeNumber(i);
    } else if (value instanceof Long l) {
      out.writeNumber(l);
    } else if (value instanceof Double d) {
      out.writeNumber(d);
    } else if (value instanceof Float f) {
      out.writeNumber(f);
    } else if (value instanceof BigInteger b) {
      out.writeNumber(b);
    } else if (value instanceof BigDecimal b) {
      out.writeNumber(b);
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.writeFieldName((String) e.getKey());
        write(out, e.getValue());
      }
      out.writeEndObject();
    } else {
      out.writeStartArray();
      for (Object item : (Collection<?>) value) {
        write(out, item);
      }
      out.writeEndArray();
    }
  }
}
